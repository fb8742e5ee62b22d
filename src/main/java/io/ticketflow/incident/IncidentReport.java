package io.ticketflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How an incident (or drill) went against its targets: the drill report, also kept for real
 * incidents.
 *
 * @param timeToAcknowledge null while nobody acknowledged
 * @param timeToFix null while not resolved
 */
public record IncidentReport(
    String number,
    String title,
    boolean drill,
    IncidentSource source,
    IncidentStatus status,
    Instant declaredAt,
    Duration acknowledgeTarget,
    Instant acknowledgedAt,
    Duration timeToAcknowledge,
    TargetOutcome acknowledgement,
    boolean acknowledgementEscalated,
    Duration fixTarget,
    Instant resolvedAt,
    Duration timeToFix,
    TargetOutcome fix,
    boolean fixEscalated,
    int statusUpdates,
    int linkedTickets,
    List<IncidentEvent> timeline) {}
