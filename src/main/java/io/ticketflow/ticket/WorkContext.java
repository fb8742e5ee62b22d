package io.ticketflow.ticket;

/** The read-only view of a ticket that an agent sees in the work form. */
public record WorkContext(
    String number,
    String title,
    String description,
    String requesterSummary,
    String priority,
    String status,
    String firstResponseDueAt,
    String resolutionDueAt,
    String recentComments) {}
