package io.ticketflow.ticket;

/** What an agent decided when completing the work task. */
public enum WorkOutcome {
  RESOLVED,
  ESCALATE,
  WAIT_FOR_CUSTOMER
}
