package io.ticketflow.ticket;

/** Who wrote a comment or caused an event. */
public enum AuthorType {
  STAFF,
  REQUESTER,
  SYSTEM
}
