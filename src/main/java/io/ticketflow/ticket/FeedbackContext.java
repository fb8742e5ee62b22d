package io.ticketflow.ticket;

/** What the manager following up a rating sees: the ticket, the rating and the solution given. */
public record FeedbackContext(
    String number,
    String title,
    String requesterSummary,
    String rating,
    String score,
    String comment,
    String resolution,
    String resolvedBy) {}
