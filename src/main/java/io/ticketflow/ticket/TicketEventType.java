package io.ticketflow.ticket;

/** Kinds of entries in a ticket's append-only event log. */
public enum TicketEventType {
  CREATED,
  ACKNOWLEDGED,
  TRIAGED,
  STATUS_CHANGED,
  ASSIGNED,
  ESCALATED,
  COMMENTED,
  FIRST_RESPONSE,
  RESPONSE_SLA_BREACHED,
  RESOLUTION_SLA_BREACHED,
  RESOLVED,
  REOPENED,
  CONFIRMED,
  CLOSED,
  FEEDBACK
}
