package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.ticketflow.sla.SlaCalendars;
import io.ticketflow.sla.SlaProperties;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Waiting for the requester stops the SLA clock: due times move by exactly the paused working time.
 */
class SlaPauseTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String NUMBER = "TS20261120-0001";
  private static final SlaCalendars CALENDARS =
      new SlaCalendars(
          new SlaProperties(
              SHANGHAI,
              LocalTime.of(9, 0),
              LocalTime.of(18, 0),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              List.of()));

  private final TicketRepository tickets = mock(TicketRepository.class);
  private final TicketEventRepository events = mock(TicketEventRepository.class);

  @Test
  void dueTimesMoveByThePausedWorkingTimeOverAWeekend() {
    // opened Friday 16:00: 4 h response and 8 h resolution on business hours
    Ticket ticket = newTicket(at(2026, 11, 20, 16, 0));
    when(tickets.byNumber(NUMBER)).thenReturn(Optional.of(ticket));
    serviceAt(at(2026, 11, 20, 16, 0))
        .recordTriage(
            NUMBER,
            "P3",
            "tier1",
            1,
            SlaCalendars.BUSINESS_HOURS,
            Duration.ofHours(4),
            Duration.ofHours(8),
            true);
    assertThat(ticket.getFirstResponseDueAt()).contains(at(2026, 11, 23, 11, 0));
    assertThat(ticket.getResolutionDueAt()).contains(at(2026, 11, 23, 15, 0));

    // waits for the requester from Friday 17:00 to Monday 10:00: 2 working hours
    serviceAt(at(2026, 11, 20, 17, 0)).pauseSla(NUMBER);
    SlaTimes moved = serviceAt(at(2026, 11, 23, 10, 0)).resumeSla(NUMBER);

    assertThat(ticket.getPausedTime()).isEqualTo(Duration.ofHours(2));
    assertThat(ticket.getPausedSince()).isEmpty();
    assertThat(moved.firstResponseDueAt()).isEqualTo(at(2026, 11, 23, 13, 0));
    assertThat(moved.resolutionDueAt()).isEqualTo(at(2026, 11, 23, 17, 0));
    // warnings at 80 %: 3 h 12 min and 6 h 24 min of working time, moved by the same 2 hours
    assertThat(moved.firstResponseWarningAt()).isEqualTo(at(2026, 11, 23, 12, 12));
    assertThat(moved.resolutionWarningAt()).isEqualTo(at(2026, 11, 23, 15, 24));
    assertThat(ticket.getResolutionDueAt()).contains(moved.resolutionDueAt());
  }

  @Test
  void roundTheClockTicketsMoveByThePlainPause() {
    Ticket ticket = newTicket(at(2026, 11, 21, 23, 0));
    when(tickets.byNumber(NUMBER)).thenReturn(Optional.of(ticket));
    serviceAt(at(2026, 11, 21, 23, 0))
        .recordTriage(
            NUMBER,
            "P1",
            "operations",
            2,
            SlaCalendars.ROUND_THE_CLOCK,
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            true);
    serviceAt(at(2026, 11, 21, 23, 10)).pauseSla(NUMBER);
    SlaTimes moved = serviceAt(at(2026, 11, 21, 23, 55)).resumeSla(NUMBER);

    assertThat(ticket.getPausedTime()).isEqualTo(Duration.ofMinutes(45));
    assertThat(moved.resolutionDueAt()).isEqualTo(at(2026, 11, 22, 1, 45));
  }

  @Test
  void resumingATicketThatWasNotPausedChangesNothing() {
    Ticket ticket = newTicket(at(2026, 11, 23, 9, 0));
    when(tickets.byNumber(NUMBER)).thenReturn(Optional.of(ticket));
    serviceAt(at(2026, 11, 23, 9, 0))
        .recordTriage(
            NUMBER,
            "P4",
            "tier1",
            1,
            SlaCalendars.BUSINESS_HOURS,
            Duration.ofHours(4),
            Duration.ofHours(24),
            true);
    Optional<Instant> due = ticket.getResolutionDueAt();

    SlaTimes unchanged = serviceAt(at(2026, 11, 23, 12, 0)).resumeSla(NUMBER);

    assertThat(Optional.of(unchanged.resolutionDueAt())).isEqualTo(due);
    assertThat(ticket.getPausedTime()).isZero();
  }

  @Test
  void ticketResolvedWhileWaitingHasItsPauseEndedFirstAndKeepsNoRunningPause() {
    Ticket ticket = newTicket(at(2026, 11, 21, 23, 0));
    when(tickets.byNumber(NUMBER)).thenReturn(Optional.of(ticket));
    serviceAt(at(2026, 11, 21, 23, 0))
        .recordTriage(
            NUMBER,
            "P1",
            "operations",
            2,
            SlaCalendars.ROUND_THE_CLOCK,
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            true);
    ticket.moveTo(TicketStatus.IN_PROGRESS, at(2026, 11, 21, 23, 5));
    ticket.moveTo(TicketStatus.WAITING_CUSTOMER, at(2026, 11, 21, 23, 10));
    serviceAt(at(2026, 11, 21, 23, 10)).pauseSla(NUMBER);

    // the order the process keeps when the ticket's major incident is resolved meanwhile
    serviceAt(at(2026, 11, 21, 23, 40)).resumeSla(NUMBER);
    serviceAt(at(2026, 11, 21, 23, 40))
        .resolve(NUMBER, "Fixed with the incident", null, null, "incident.lead");

    assertThat(ticket.getStatus()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(ticket.getPausedSince()).isEmpty();
    assertThat(ticket.getPausedTime()).isEqualTo(Duration.ofMinutes(30));
    assertThat(ticket.getResolutionDueAt()).contains(at(2026, 11, 22, 1, 30));
  }

  private TicketService serviceAt(Instant now) {
    return new TicketService(
        tickets,
        null,
        events,
        null,
        null,
        CALENDARS,
        null,
        new TicketProperties(
            SHANGHAI,
            URI.create("http://localhost"),
            5,
            Duration.ofDays(30),
            Set.of("managers"),
            10000),
        mock(StaffNotices.class),
        new TicketVisibility(new VisibilityProperties(Set.of("managers")), user -> Set.of()),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Ticket newTicket(Instant createdAt) {
    return new Ticket(
        NUMBER,
        new NewTicket(
            "VPN drops",
            "The VPN drops every ten minutes.",
            Category.ENVIRONMENT_CONFIGURATION,
            Subcategory.NETWORK_SETTINGS,
            Urgency.IMPORTANT,
            Impact.INDIVIDUAL,
            Channel.API,
            new Requester("Zhang San", "zhang.san@example.com", null, null, null),
            null,
            null,
            null,
            null),
        createdAt);
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }
}
