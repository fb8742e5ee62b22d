package io.ticketflow.ticket;

/** How badly the requester's work is hit: stopped, partly affected, or a routine question. */
public enum Urgency {
  URGENT,
  IMPORTANT,
  NORMAL
}
