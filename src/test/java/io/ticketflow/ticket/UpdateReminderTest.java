package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.ticketflow.notification.NotificationEvent;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.notification.NotificationValues;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The update target: staff are reminded when the requester has not heard from them in time. */
class UpdateReminderTest {

  private static final String NUMBER = "TS20261122-0001";
  private static final Instant CREATED_AT = Instant.parse("2026-11-22T01:00:00Z");
  private static final Duration TARGET = Duration.ofHours(1);

  private final TicketRepository tickets = mock(TicketRepository.class);
  private final TicketCommentRepository comments = mock(TicketCommentRepository.class);
  private final TicketEventRepository events = mock(TicketEventRepository.class);
  private final StaffNotices staffNotices = mock(StaffNotices.class);
  private final Ticket ticket = newTicket();

  @Test
  void noReminderRightAfterAPublicReply() {
    lastPublicReplyAt(CREATED_AT.plus(Duration.ofMinutes(50)));

    serviceAt(CREATED_AT.plus(TARGET)).remindUpdateDue(NUMBER, TARGET);

    verifyNoInteractions(staffNotices, events);
  }

  @Test
  void noReminderWhileTheFirstResponseIsWithinTheTarget() {
    ticket.markFirstResponse(CREATED_AT.plus(Duration.ofMinutes(20)));
    lastPublicReplyAt(null);

    serviceAt(CREATED_AT.plus(TARGET)).remindUpdateDue(NUMBER, TARGET);

    verifyNoInteractions(staffNotices, events);
  }

  @Test
  void reminderAfterTheTargetWithoutAPublicReply() {
    Instant lastReply = CREATED_AT.plus(Duration.ofMinutes(10));
    ticket.markFirstResponse(lastReply);
    lastPublicReplyAt(lastReply);
    TicketService service = serviceAt(lastReply.plus(TARGET).plusSeconds(1));

    service.remindUpdateDue(NUMBER, TARGET);

    String dueAt = service.formatDue(lastReply.plus(TARGET));
    verify(staffNotices).updateDue(ticket, dueAt);
    ArgumentCaptor<TicketEvent> logged = ArgumentCaptor.forClass(TicketEvent.class);
    verify(events).save(logged.capture());
    assertThat(logged.getValue().getType()).isEqualTo(TicketEventType.UPDATE_DUE);
    assertThat(logged.getValue().getDetail()).contains(dueAt);
  }

  @Test
  void reminderWhenTheRequesterNeverHeardFromStaff() {
    lastPublicReplyAt(null);
    TicketService service = serviceAt(CREATED_AT.plus(TARGET.multipliedBy(2)));

    service.remindUpdateDue(NUMBER, TARGET);

    verify(staffNotices).updateDue(ticket, service.formatDue(CREATED_AT.plus(TARGET)));
  }

  @Test
  void noReminderOnAClosedTicket() {
    ticket.moveTo(TicketStatus.WAITING_ASSIGNMENT, CREATED_AT);
    ticket.moveTo(TicketStatus.RESOLVED, CREATED_AT);
    ticket.moveTo(TicketStatus.CLOSED, CREATED_AT);
    lastPublicReplyAt(null);

    serviceAt(CREATED_AT.plus(TARGET.multipliedBy(5))).remindUpdateDue(NUMBER, TARGET);

    verifyNoInteractions(staffNotices, events);
  }

  @Test
  void eachReminderIsANoticeOfItsOwnToTheAssigneeOrGroup() {
    NotificationService notifications = mock(NotificationService.class);
    Clock clock = mock(Clock.class);
    when(clock.millis()).thenReturn(1_000L, 2_000L);
    StaffNotices notices = new StaffNotices(notifications, clock);
    ticket.triage(
        "P1",
        new Triage("tier1", 1, "24x7", CREATED_AT, CREATED_AT, CREATED_AT, CREATED_AT),
        CREATED_AT);

    notices.updateDue(ticket, "due");
    notices.updateDue(ticket, "due");

    ArgumentCaptor<String> occasion = ArgumentCaptor.forClass(String.class);
    verify(notifications, times(2))
        .notifyStaff(
            eq(NUMBER), eq(NotificationEvent.SLA_WARNING), occasion.capture(), any(), anyMap());
    assertThat(occasion.getAllValues())
        .doesNotHaveDuplicates()
        .allMatch(o -> o.startsWith(NotificationValues.SLA_UPDATE));
    verify(notifications, never())
        .notifyStaff(any(), eq(NotificationEvent.SLA_BREACHED), any(), any(), anyMap());
  }

  private void lastPublicReplyAt(Instant at) {
    when(comments.findFirstByTicketIdAndAuthorTypeAndVisibilityOrderByCreatedAtDescIdDesc(
            any(), eq(AuthorType.STAFF), eq(Visibility.PUBLIC)))
        .thenReturn(
            Optional.ofNullable(at)
                .map(
                    time ->
                        new TicketComment(
                            null, "update", Visibility.PUBLIC, AuthorType.STAFF, "mary", time)));
  }

  private TicketService serviceAt(Instant now) {
    when(tickets.byNumber(NUMBER)).thenReturn(Optional.of(ticket));
    return new TicketService(
        tickets,
        comments,
        events,
        null,
        null,
        null,
        null,
        new TicketProperties(
            ZoneId.of("Asia/Shanghai"),
            URI.create("http://localhost"),
            5,
            Duration.ofDays(30),
            Set.of("managers"),
            10000),
        staffNotices,
        new TicketVisibility(new VisibilityProperties(Set.of("managers")), user -> Set.of()),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Ticket newTicket() {
    return new Ticket(
        NUMBER,
        new NewTicket(
            "Export greyed out",
            "Reports > Export is greyed out.",
            Category.OPERATION_GUIDANCE,
            Subcategory.HOW_TO,
            Urgency.URGENT,
            null,
            Channel.API,
            new Requester("Zhang San", "zhang.san@example.com", null, null, null),
            null,
            null,
            null,
            null),
        CREATED_AT);
  }
}
