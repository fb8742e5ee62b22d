package io.ticketflow.incident;

/** Where a major incident stands; each step is one task of the emergency-response process. */
public enum IncidentStatus {
  /** Declared; the emergency team is paged and has not acknowledged yet. */
  DECLARED,
  /** A member of the emergency team took it on. */
  ACKNOWLEDGED,
  /** A workaround is in place; the fix goes on. */
  MITIGATED,
  /** Fixed: the linked tickets are resolved; the post-incident review is open. */
  RESOLVED,
  /** Reviewed and closed. */
  CLOSED;

  /** True until the incident is resolved: it still takes links and status updates. */
  public boolean isActive() {
    return this == DECLARED || this == ACKNOWLEDGED || this == MITIGATED;
  }
}
