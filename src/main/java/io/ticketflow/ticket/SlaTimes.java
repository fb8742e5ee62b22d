package io.ticketflow.ticket;

import java.time.Instant;

/** A ticket's SLA due times and the moments to warn before them; any may be null before triage. */
public record SlaTimes(
    Instant firstResponseDueAt,
    Instant resolutionDueAt,
    Instant firstResponseWarningAt,
    Instant resolutionWarningAt) {}
