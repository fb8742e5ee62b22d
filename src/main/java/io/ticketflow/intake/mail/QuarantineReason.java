package io.ticketflow.intake.mail;

/** Why a mail was put aside for an agent instead of making a ticket or a comment. */
public enum QuarantineReason {
  /** The MIME structure cannot be read. */
  MALFORMED(false),
  /** No usable sender address. */
  NO_SENDER(false),
  /** Larger than {@code max-message-size}: only its headers are kept. */
  TOO_LARGE(false),
  /** A reply to a ticket from someone other than its requester. */
  FOREIGN_REPLY(true),
  /** The sender opened {@code sender-daily-limit} tickets in the last 24 hours already. */
  SENDER_LIMIT(true),
  /** The mail was read but the ticket store refused it. */
  REFUSED(true);

  private final boolean releasable;

  QuarantineReason(boolean releasable) {
    this.releasable = releasable;
  }

  /** True when an agent may release the mail: it is readable and only a rule held it back. */
  public boolean releasable() {
    return releasable;
  }
}
