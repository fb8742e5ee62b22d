package io.ticketflow.ticket;

/** The requester's satisfaction with the handling of a ticket. */
public enum Rating {
  SATISFIED,
  BASICALLY_SATISFIED,
  UNSATISFIED
}
