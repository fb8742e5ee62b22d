package io.ticketflow.ticket;

/** Why a ticket went to the next tier. */
public enum EscalationReason {
  TIMEOUT,
  CANNOT_RESOLVE,
  CUSTOMER_COMPLAINT
}
