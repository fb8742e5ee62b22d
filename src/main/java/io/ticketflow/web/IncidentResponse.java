package io.ticketflow.web;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentEvent;
import io.ticketflow.incident.IncidentEventType;
import io.ticketflow.incident.IncidentReport;
import io.ticketflow.incident.IncidentSource;
import io.ticketflow.incident.IncidentStatus;
import io.ticketflow.incident.LinkedTicket;
import io.ticketflow.incident.TargetOutcome;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A major incident as the API shows it; the lists are null in summaries. */
public record IncidentResponse(
    String number,
    String title,
    String description,
    Category category,
    Subcategory subcategory,
    IncidentSource source,
    boolean drill,
    IncidentStatus status,
    String declaredBy,
    OffsetDateTime declaredAt,
    OffsetDateTime acknowledgeDueAt,
    OffsetDateTime acknowledgedAt,
    String acknowledgedBy,
    OffsetDateTime fixDueAt,
    String workaround,
    String statusNote,
    int statusUpdates,
    OffsetDateTime recoveredAt,
    String resolution,
    OffsetDateTime resolvedAt,
    String resolvedBy,
    String rootCause,
    String correctiveActions,
    OffsetDateTime closedAt,
    String originTicketNumber,
    String processInstanceId,
    List<LinkView> linkedTickets,
    List<EventView> timeline) {

  static IncidentResponse summary(Incident i, ZoneId zone) {
    return of(i, zone, null, null);
  }

  static IncidentResponse of(
      Incident i, ZoneId zone, List<LinkedTicket> links, List<IncidentEvent> timeline) {
    return new IncidentResponse(
        i.getNumber(),
        i.getTitle(),
        i.getDescription().orElse(null),
        i.getCategory(),
        i.getSubcategory().orElse(null),
        i.getSource(),
        i.isDrill(),
        i.getStatus(),
        i.getDeclaredBy(),
        at(i.getDeclaredAt(), zone),
        at(i.getAcknowledgeDueAt(), zone),
        at(i.getAcknowledgedAt().orElse(null), zone),
        i.getAcknowledgedBy().orElse(null),
        at(i.getFixDueAt(), zone),
        i.getWorkaround().orElse(null),
        i.getStatusNote().orElse(null),
        i.getStatusUpdates(),
        at(i.getRecoveredAt().orElse(null), zone),
        i.getResolution().orElse(null),
        at(i.getResolvedAt().orElse(null), zone),
        i.getResolvedBy().orElse(null),
        i.getRootCause().orElse(null),
        i.getCorrectiveActions().orElse(null),
        at(i.getClosedAt().orElse(null), zone),
        i.getOriginTicketNumber().orElse(null),
        i.getProcessInstanceId().orElse(null),
        links == null ? null : links.stream().map(l -> LinkView.of(l, zone)).toList(),
        timeline == null ? null : timeline.stream().map(e -> EventView.of(e, zone)).toList());
  }

  static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  /** A linked ticket. */
  public record LinkView(
      String number, String title, TicketStatus status, String linkedBy, OffsetDateTime linkedAt) {
    static LinkView of(LinkedTicket l, ZoneId zone) {
      return new LinkView(l.number(), l.title(), l.status(), l.linkedBy(), at(l.linkedAt(), zone));
    }
  }

  /** One entry of the timeline. */
  public record EventView(
      IncidentEventType type, String detail, String actor, OffsetDateTime occurredAt) {
    static EventView of(IncidentEvent e, ZoneId zone) {
      return new EventView(e.getType(), e.getDetail(), e.getActor(), at(e.getOccurredAt(), zone));
    }
  }

  /**
   * How the incident or drill went against its targets; durations ISO-8601, null while not yet
   * reached.
   */
  public record ReportView(
      String number,
      String title,
      boolean drill,
      IncidentSource source,
      IncidentStatus status,
      OffsetDateTime declaredAt,
      Target acknowledgement,
      Target fix,
      int statusUpdates,
      int linkedTickets,
      List<EventView> timeline) {

    static ReportView of(IncidentReport r, ZoneId zone) {
      return new ReportView(
          r.number(),
          r.title(),
          r.drill(),
          r.source(),
          r.status(),
          at(r.declaredAt(), zone),
          new Target(
              r.acknowledgeTarget(),
              at(r.acknowledgedAt(), zone),
              r.timeToAcknowledge(),
              r.acknowledgement(),
              r.acknowledgementEscalated()),
          new Target(
              r.fixTarget(), at(r.resolvedAt(), zone), r.timeToFix(), r.fix(), r.fixEscalated()),
          r.statusUpdates(),
          r.linkedTickets(),
          r.timeline().stream().map(e -> EventView.of(e, zone)).toList());
    }
  }

  /**
   * One target: what it was, when it was reached, how long it took, whether in time ({@code OPEN}
   * while not reached and not yet due), and whether it was escalated to management.
   */
  public record Target(
      String target,
      OffsetDateTime reachedAt,
      String took,
      TargetOutcome outcome,
      boolean escalated) {

    Target(
        Duration target,
        OffsetDateTime reachedAt,
        Duration took,
        TargetOutcome outcome,
        boolean escalated) {
      this(target.toString(), reachedAt, took == null ? null : took.toString(), outcome, escalated);
    }
  }
}
