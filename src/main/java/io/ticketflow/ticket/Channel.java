package io.ticketflow.ticket;

/** Where a request came in. */
public enum Channel {
  WEB,
  EMAIL,
  PHONE,
  CHAT,
  IM,
  MONITORING,
  API
}
