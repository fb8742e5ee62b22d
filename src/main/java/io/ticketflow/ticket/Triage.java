package io.ticketflow.ticket;

import java.time.Instant;

/** Where a ticket goes and by when it must be answered and resolved, as the decisions said. */
public record Triage(
    String candidateGroup,
    int tier,
    String calendar,
    Instant firstResponseDueAt,
    Instant resolutionDueAt,
    Instant firstResponseWarningAt,
    Instant resolutionWarningAt) {}
