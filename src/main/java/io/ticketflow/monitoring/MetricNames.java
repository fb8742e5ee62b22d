package io.ticketflow.monitoring;

import java.util.List;

/**
 * The names and tags of ticketflow's own metrics, as Micrometer names; Prometheus shows them with
 * underscores, counters with {@code _total} ({@code ticketflow.tickets.opened} is scraped as {@code
 * ticketflow_tickets_opened_total}). docs/monitoring uses exactly these.
 */
public final class MetricNames {

  /**
   * Tickets created, tagged {@link #CHANNEL} and {@link #CATEGORY}. Named "opened": Prometheus
   * reserves the suffix {@code _created} and would drop it from the name.
   */
  public static final String TICKETS_CREATED = "ticketflow.tickets.opened";

  /** Tickets triaged, tagged {@link #PRIORITY}. */
  public static final String TICKETS_TRIAGED = "ticketflow.tickets.triaged";

  public static final String TICKETS_RESOLVED = "ticketflow.tickets.resolved";
  public static final String TICKETS_REOPENED = "ticketflow.tickets.reopened";
  public static final String TICKETS_CLOSED = "ticketflow.tickets.closed";

  /** Duplicates merged into another ticket (they leave the SLA rates). */
  public static final String TICKETS_MERGED = "ticketflow.tickets.merged";

  /** SLA warnings, tagged {@link #SLA}. */
  public static final String SLA_WARNINGS = "ticketflow.sla.warnings";

  /** SLA breaches, tagged {@link #SLA}. */
  public static final String SLA_BREACHES = "ticketflow.sla.breaches";

  /**
   * Resolution targets met, tagged {@link #MET_BY}: by the resolution, or by a workaround where the
   * sla-targets decision counts one (whether in time or late: breaches are counted apart).
   */
  public static final String RESOLUTION_TARGETS_MET = "ticketflow.sla.resolution.met";

  /** Tickets moved up a tier, tagged {@link #FROM_TIER} and {@link #REASON}. */
  public static final String ESCALATIONS = "ticketflow.escalations";

  public static final String INCIDENTS_DECLARED = "ticketflow.incidents.declared";

  /** Open tickets still to work on, tagged {@link #GROUP} and {@link #STATUS}. */
  public static final String BACKLOG_TICKETS = "ticketflow.backlog.tickets";

  /** Age of the oldest ticket still to work on; 0 when there is none. */
  public static final String OLDEST_OPEN_TICKET_AGE = "ticketflow.oldest.open.ticket.age.seconds";

  /** Open process incidents (failed jobs out of retries) of the engine. */
  public static final String PROCESS_INCIDENTS = "ticketflow.process.incidents";

  /** Engine jobs that are due now and may run. */
  public static final String JOB_BACKLOG = "ticketflow.job.backlog";

  /** How long the oldest due timer has waited for the job executor; 0 when none is due. */
  public static final String TIMER_LATENESS = "ticketflow.timer.lateness.seconds";

  /** Notifications waiting for delivery. */
  public static final String NOTIFICATIONS_PENDING = "ticketflow.notifications.pending";

  /** Notifications that can never be delivered. */
  public static final String NOTIFICATIONS_FAILED = "ticketflow.notifications.failed";

  public static final String CHANNEL = "channel";
  public static final String CATEGORY = "category";
  public static final String PRIORITY = "priority";
  public static final String SLA = "sla";
  public static final String FROM_TIER = "from_tier";
  public static final String REASON = "reason";
  public static final String MET_BY = "by";
  public static final String GROUP = "group";
  public static final String STATUS = "status";

  /** {@link #SLA} of the first-response target. */
  public static final String SLA_RESPONSE = "response";

  /** {@link #SLA} of the resolution target. */
  public static final String SLA_RESOLUTION = "resolution";

  /** A tag value that could not be told (a ticket without a group, an unreadable tier). */
  public static final String UNKNOWN = "unknown";

  /** The priorities the priority decision gives; counted from zero so that rates start at once. */
  public static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");

  /** The tiers a ticket can be escalated from. */
  public static final List<String> ESCALATION_TIERS = List.of("1", "2");

  private MetricNames() {}
}
