package io.ticketflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How an incident (or drill) went against its targets: the drill report, also kept for real
 * incidents.
 *
 * @param timeToAcknowledge null while nobody acknowledged
 * @param acknowledgedInTime null while open and within target
 * @param timeToFix null while not resolved
 * @param fixedInTime null while open and within target
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
    Boolean acknowledgedInTime,
    boolean acknowledgementEscalated,
    Duration fixTarget,
    Instant resolvedAt,
    Duration timeToFix,
    Boolean fixedInTime,
    boolean fixEscalated,
    int statusUpdates,
    int linkedTickets,
    List<IncidentEvent> timeline) {}
