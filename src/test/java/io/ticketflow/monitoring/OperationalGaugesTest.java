package io.ticketflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ticketflow.notification.NotificationRepository;
import io.ticketflow.notification.NotificationStatus;
import io.ticketflow.ticket.TicketRepository;
import io.ticketflow.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperationalGaugesTest {

  static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

  SimpleMeterRegistry registry = new SimpleMeterRegistry();
  TicketRepository tickets = mock(TicketRepository.class);
  NotificationRepository notifications = mock(NotificationRepository.class);
  ManagementService management = mock(ManagementService.class);
  JobQuery jobs = mock(JobQuery.class);
  RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
  OperationalGauges gauges;

  @BeforeEach
  void gauges() {
    when(management.createJobQuery()).thenReturn(jobs);
    when(jobs.timers()).thenReturn(jobs);
    when(jobs.executable()).thenReturn(jobs);
    when(jobs.orderByJobDuedate()).thenReturn(jobs);
    when(jobs.asc()).thenReturn(jobs);
    gauges =
        new OperationalGauges(
            registry,
            tickets,
            notifications,
            management,
            runtime,
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void valuesAreZeroUntilTheFirstRefresh() {
    assertThat(gauge(MetricNames.PROCESS_INCIDENTS)).isZero();
    assertThat(gauge(MetricNames.TIMER_LATENESS)).isZero();
    assertThat(registry.find(MetricNames.BACKLOG_TICKETS).gauges()).isEmpty();
  }

  @Test
  void aRefreshReadsTheBacklogTheEngineAndTheOutbox() {
    List<TicketRepository.BacklogCount> rows =
        List.of(row("tier1", TicketStatus.WAITING_ASSIGNMENT, 3), row(null, TicketStatus.NEW, 1));
    when(tickets.countBacklog(OperationalGauges.BACKLOG)).thenReturn(rows);
    when(tickets.oldestCreatedAt(OperationalGauges.BACKLOG)).thenReturn(NOW.minusSeconds(7200));
    when(runtime.createIncidentQuery().count()).thenReturn(2L);
    when(jobs.count()).thenReturn(5L);
    Job timer = mock(Job.class);
    when(timer.getDuedate()).thenReturn(Date.from(NOW.minusSeconds(90)));
    when(jobs.listPage(0, 1)).thenReturn(List.of(timer));
    when(notifications.countByStatus(NotificationStatus.PENDING)).thenReturn(4L);
    when(notifications.countByStatus(NotificationStatus.FAILED)).thenReturn(1L);

    gauges.refresh();

    assertThat(backlog("tier1", "WAITING_ASSIGNMENT")).isEqualTo(3);
    assertThat(backlog(MetricNames.UNKNOWN, "NEW")).isEqualTo(1);
    assertThat(gauge(MetricNames.OLDEST_OPEN_TICKET_AGE)).isEqualTo(7200);
    assertThat(gauge(MetricNames.PROCESS_INCIDENTS)).isEqualTo(2);
    assertThat(gauge(MetricNames.JOB_BACKLOG)).isEqualTo(5);
    assertThat(gauge(MetricNames.TIMER_LATENESS)).isEqualTo(90);
    assertThat(gauge(MetricNames.NOTIFICATIONS_PENDING)).isEqualTo(4);
    assertThat(gauge(MetricNames.NOTIFICATIONS_FAILED)).isEqualTo(1);
  }

  @Test
  void anEmptyDeskReadsZeroAndDropsOldBacklogSeries() {
    List<TicketRepository.BacklogCount> rows = List.of(row("tier1", TicketStatus.IN_PROGRESS, 2));
    when(tickets.countBacklog(OperationalGauges.BACKLOG)).thenReturn(rows);
    gauges.refresh();
    when(tickets.countBacklog(OperationalGauges.BACKLOG)).thenReturn(List.of());
    when(tickets.oldestCreatedAt(OperationalGauges.BACKLOG)).thenReturn(null);
    when(jobs.listPage(0, 1)).thenReturn(List.of());

    gauges.refresh();

    assertThat(registry.find(MetricNames.BACKLOG_TICKETS).gauges()).isEmpty();
    assertThat(gauge(MetricNames.OLDEST_OPEN_TICKET_AGE)).isZero();
    assertThat(gauge(MetricNames.TIMER_LATENESS)).isZero();
  }

  @Test
  void theBacklogIsTheWorkStillToDo() {
    assertThat(OperationalGauges.BACKLOG)
        .allSatisfy(status -> assertThat(status.isOpen()).isTrue())
        .doesNotContain(TicketStatus.RESOLVED, TicketStatus.WAITING_CONFIRMATION);
  }

  private double gauge(String name) {
    return registry.get(name).gauge().value();
  }

  private double backlog(String group, String status) {
    return registry
        .get(MetricNames.BACKLOG_TICKETS)
        .tags(MetricNames.GROUP, group, MetricNames.STATUS, status)
        .gauge()
        .value();
  }

  private static TicketRepository.BacklogCount row(String group, TicketStatus status, long count) {
    TicketRepository.BacklogCount row = mock(TicketRepository.BacklogCount.class);
    when(row.getCandidateGroup()).thenReturn(group);
    when(row.getStatus()).thenReturn(status);
    when(row.getTickets()).thenReturn(count);
    return row;
  }
}
