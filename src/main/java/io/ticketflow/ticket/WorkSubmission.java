package io.ticketflow.ticket;

/** What an agent submitted when completing the work task, before it is checked. All values raw. */
public record WorkSubmission(
    Object outcome,
    Object resolution,
    Object rootCause,
    Object workaround,
    Object escalationReason,
    Object escalationNote,
    Object question) {}
