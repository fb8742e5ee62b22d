package io.ticketflow.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.ticketflow.notification.NotificationRepository;
import io.ticketflow.notification.NotificationStatus;
import io.ticketflow.ticket.TicketRepository;
import io.ticketflow.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gauges of the backlog, the engine and the notification outbox. They are read from the database
 * every {@code ticketflow.metrics.refresh-interval} (30 seconds), not on every scrape, so that a
 * scrape costs no query.
 */
@Component
public class OperationalGauges {

  /** The statuses in which a ticket still waits for the desk's work. */
  static final Set<TicketStatus> BACKLOG =
      EnumSet.of(
          TicketStatus.NEW,
          TicketStatus.WAITING_ASSIGNMENT,
          TicketStatus.IN_PROGRESS,
          TicketStatus.WAITING_CUSTOMER);

  private final TicketRepository tickets;
  private final NotificationRepository notifications;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final Clock clock;
  private final MultiGauge backlog;
  private final AtomicLong oldestAge = new AtomicLong();
  private final AtomicLong processIncidents = new AtomicLong();
  private final AtomicLong jobBacklog = new AtomicLong();
  private final AtomicLong timerLateness = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  public OperationalGauges(
      MeterRegistry registry,
      TicketRepository tickets,
      NotificationRepository notifications,
      ManagementService management,
      RuntimeService runtime,
      Clock clock) {
    this.tickets = tickets;
    this.notifications = notifications;
    this.management = management;
    this.runtime = runtime;
    this.clock = clock;
    this.backlog =
        MultiGauge.builder(MetricNames.BACKLOG_TICKETS)
            .description("Tickets still to work on, per candidate group and status")
            .register(registry);
    gauge(registry, MetricNames.OLDEST_OPEN_TICKET_AGE, oldestAge, "Age of the oldest open ticket");
    gauge(registry, MetricNames.PROCESS_INCIDENTS, processIncidents, "Open process incidents");
    gauge(registry, MetricNames.JOB_BACKLOG, jobBacklog, "Engine jobs due now");
    gauge(registry, MetricNames.TIMER_LATENESS, timerLateness, "Wait of the oldest due timer");
    gauge(registry, MetricNames.NOTIFICATIONS_PENDING, pending, "Notifications to deliver");
    gauge(registry, MetricNames.NOTIFICATIONS_FAILED, failed, "Undeliverable notifications");
  }

  /** Reads every gauge's value afresh. */
  @Scheduled(
      initialDelayString = "${ticketflow.metrics.refresh-interval:PT30S}",
      fixedDelayString = "${ticketflow.metrics.refresh-interval:PT30S}")
  public synchronized void refresh() {
    Instant now = clock.instant();
    backlog.register(
        tickets.countBacklog(BACKLOG).stream()
            .map(
                row ->
                    MultiGauge.Row.of(
                        Tags.of(
                            MetricNames.GROUP,
                            row.getCandidateGroup() == null
                                ? MetricNames.UNKNOWN
                                : row.getCandidateGroup(),
                            MetricNames.STATUS,
                            row.getStatus().name()),
                        row.getTickets()))
            .toList(),
        true);
    oldestAge.set(secondsSince(tickets.oldestCreatedAt(BACKLOG), now));
    processIncidents.set(runtime.createIncidentQuery().count());
    jobBacklog.set(management.createJobQuery().executable().count());
    timerLateness.set(secondsSince(EngineJobs.oldestDueTimer(management).orElse(null), now));
    pending.set(notifications.countByStatus(NotificationStatus.PENDING));
    failed.set(notifications.countByStatus(NotificationStatus.FAILED));
  }

  private static long secondsSince(Instant then, Instant now) {
    return then == null ? 0 : Math.max(0, Duration.between(then, now).toSeconds());
  }

  private static void gauge(
      MeterRegistry registry, String name, AtomicLong value, String description) {
    Gauge.builder(name, value, AtomicLong::get).description(description).register(registry);
  }
}
