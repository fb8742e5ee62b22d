package io.ticketflow.audit;

/** What an audit-trail entry records. */
public enum AuditAction {
  /** Personal data was read unmasked (an archived ticket's requester details and texts). */
  PERSONAL_DATA_READ,
  /** Tickets were exported. */
  EXPORT
}
