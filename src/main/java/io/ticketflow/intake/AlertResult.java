package io.ticketflow.intake;

import java.time.Instant;

/**
 * What one alert of a delivery led to.
 *
 * @param incidentNumber the incident the alert belongs to, or null
 * @param ticketNumber the ticket the alert belongs to, or null
 */
public record AlertResult(
    String fingerprint,
    Instant startsAt,
    AlertOutcome outcome,
    String incidentNumber,
    String ticketNumber) {}
