package io.ticketflow.incident;

/** How an incident did against one of its targets. */
public enum TargetOutcome {
  /** Reached within the target. */
  MET,
  /** Reached late, or not reached and the target has passed. */
  MISSED,
  /** Not reached yet, and the target has not passed. */
  OPEN
}
