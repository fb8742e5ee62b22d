package io.ticketflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ticketflow.incident.IncidentEvent;
import io.ticketflow.incident.IncidentEventType;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEvent;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketRepository;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventCountersTest {

  SimpleMeterRegistry registry = new SimpleMeterRegistry();
  TicketRepository tickets = mock(TicketRepository.class);
  EventCounters counters;

  @BeforeEach
  void counters() {
    counters = new EventCounters(registry, tickets);
  }

  @Test
  void everyKnownSeriesStartsAtZero() {
    assertThat(registry.find(MetricNames.TICKETS_CREATED).counters())
        .hasSize(Channel.values().length * Category.values().length);
    assertThat(count(MetricNames.SLA_BREACHES, MetricNames.SLA, MetricNames.SLA_RESOLUTION))
        .isZero();
    assertThat(
            count(
                MetricNames.ESCALATIONS, MetricNames.FROM_TIER, "2", MetricNames.REASON, "TIMEOUT"))
        .isZero();
    assertThat(count(MetricNames.TICKETS_TRIAGED, MetricNames.PRIORITY, "P4")).isZero();
  }

  @Test
  void aCreatedTicketCountsWithItsChannelAndCategory() {
    Ticket ticket = mock(Ticket.class);
    when(ticket.getChannel()).thenReturn(Channel.EMAIL);
    when(ticket.getCategory()).thenReturn(Category.SYSTEM_FAULT);
    when(tickets.findById(7L)).thenReturn(Optional.of(ticket));

    counters.on(event(TicketEventType.CREATED, null, null, "channel EMAIL"));

    assertThat(
            count(
                MetricNames.TICKETS_CREATED,
                MetricNames.CHANNEL,
                "EMAIL",
                MetricNames.CATEGORY,
                "SYSTEM_FAULT"))
        .isEqualTo(1);
  }

  @Test
  void aTicketGoneBeforeCountingCountsAsUnknown() {
    when(tickets.findById(7L)).thenReturn(Optional.empty());

    counters.on(event(TicketEventType.CREATED, null, null, null));

    assertThat(
            count(
                MetricNames.TICKETS_CREATED,
                MetricNames.CHANNEL,
                MetricNames.UNKNOWN,
                MetricNames.CATEGORY,
                MetricNames.UNKNOWN))
        .isEqualTo(1);
  }

  @Test
  void lifeCycleStepsCountOncePerEntry() {
    counters.on(event(TicketEventType.TRIAGED, null, "P2", "group tier1"));
    counters.on(event(TicketEventType.RESOLVED, null, null, "fixed"));
    counters.on(event(TicketEventType.REOPENED, null, null, null));
    counters.on(event(TicketEventType.CLOSED, null, null, null));
    counters.on(event(TicketEventType.CLOSED, null, null, null));
    counters.on(event(TicketEventType.COMMENTED, null, "PUBLIC", null));

    assertThat(count(MetricNames.TICKETS_TRIAGED, MetricNames.PRIORITY, "P2")).isEqualTo(1);
    assertThat(count(MetricNames.TICKETS_RESOLVED)).isEqualTo(1);
    assertThat(count(MetricNames.TICKETS_REOPENED)).isEqualTo(1);
    assertThat(count(MetricNames.TICKETS_CLOSED)).isEqualTo(2);
  }

  @Test
  void slaWarningsAndBreachesCountPerTarget() {
    counters.on(event(TicketEventType.SLA_WARNING, null, null, "first response due 10:00"));
    counters.on(event(TicketEventType.SLA_WARNING, null, null, "resolution due 18:00"));
    counters.on(event(TicketEventType.SLA_WARNING, null, null, "resolution due 18:30"));
    counters.on(event(TicketEventType.RESPONSE_SLA_BREACHED, null, null, null));
    counters.on(event(TicketEventType.RESOLUTION_SLA_BREACHED, null, null, null));

    assertThat(count(MetricNames.SLA_WARNINGS, MetricNames.SLA, MetricNames.SLA_RESPONSE))
        .isEqualTo(1);
    assertThat(count(MetricNames.SLA_WARNINGS, MetricNames.SLA, MetricNames.SLA_RESOLUTION))
        .isEqualTo(2);
    assertThat(count(MetricNames.SLA_BREACHES, MetricNames.SLA, MetricNames.SLA_RESPONSE))
        .isEqualTo(1);
    assertThat(count(MetricNames.SLA_BREACHES, MetricNames.SLA, MetricNames.SLA_RESOLUTION))
        .isEqualTo(1);
  }

  @Test
  void escalationsCountByTierLeftAndReason() {
    counters.on(
        event(
            TicketEventType.ESCALATED,
            "tier1 (tier 1)",
            "operations (tier 2)",
            "CUSTOMER_COMPLAINT: still broken"));
    counters.on(
        event(TicketEventType.ESCALATED, "operations (tier 2)", "tier3 (tier 3)", "TIMEOUT"));

    assertThat(
            count(
                MetricNames.ESCALATIONS,
                MetricNames.FROM_TIER,
                "1",
                MetricNames.REASON,
                "CUSTOMER_COMPLAINT"))
        .isEqualTo(1);
    assertThat(
            count(
                MetricNames.ESCALATIONS, MetricNames.FROM_TIER, "2", MetricNames.REASON, "TIMEOUT"))
        .isEqualTo(1);
  }

  @Test
  void unreadableLogValuesBecomeUnknown() {
    assertThat(EventCounters.fromTier("? (tier ?)")).isEqualTo(MetricNames.UNKNOWN);
    assertThat(EventCounters.fromTier(null)).isEqualTo(MetricNames.UNKNOWN);
    assertThat(EventCounters.reason("LUNCH: gone")).isEqualTo(MetricNames.UNKNOWN);
    assertThat(EventCounters.reason(null)).isEqualTo(MetricNames.UNKNOWN);
    assertThat(EventCounters.warnedSla(event(TicketEventType.SLA_WARNING, null, null, null)))
        .isEqualTo(MetricNames.UNKNOWN);
  }

  @Test
  void onlyTheDeclarationOfAnIncidentCounts() {
    IncidentEvent declared = mock(IncidentEvent.class);
    when(declared.getType()).thenReturn(IncidentEventType.DECLARED);
    IncidentEvent paged = mock(IncidentEvent.class);
    when(paged.getType()).thenReturn(IncidentEventType.TEAM_PAGED);

    counters.on(declared);
    counters.on(paged);

    assertThat(count(MetricNames.INCIDENTS_DECLARED)).isEqualTo(1);
  }

  private double count(String name, String... tags) {
    return registry.get(name).tags(tags).counter().count();
  }

  private static TicketEvent event(TicketEventType type, String from, String to, String detail) {
    TicketEvent event = mock(TicketEvent.class);
    when(event.getType()).thenReturn(type);
    when(event.getTicketId()).thenReturn(7L);
    when(event.getFromValue()).thenReturn(from);
    when(event.getToValue()).thenReturn(to);
    when(event.getDetail()).thenReturn(detail);
    return event;
  }
}
