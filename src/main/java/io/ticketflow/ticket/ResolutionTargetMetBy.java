package io.ticketflow.ticket;

/** What met a ticket's resolution target ("resolved, or a workaround given"). */
public enum ResolutionTargetMetBy {
  RESOLVED,
  /** A workaround, where the sla-targets decision says that a workaround meets the target. */
  WORKAROUND
}
