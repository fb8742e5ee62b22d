package io.ticketflow.intake.mail;

/** Where a quarantined mail stands. */
public enum QuarantineStatus {
  /** Waiting for an agent. */
  HELD,
  /** An agent let it through: it made a ticket or a comment. */
  RELEASED
}
