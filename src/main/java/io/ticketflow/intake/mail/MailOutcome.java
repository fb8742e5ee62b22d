package io.ticketflow.intake.mail;

/** What became of a mail. */
public enum MailOutcome {
  /** It opened a ticket. */
  TICKET,
  /** It opened a ticket that follows up a closed one. */
  FOLLOW_UP,
  /** It became the requester's comment on an open ticket. */
  COMMENT,
  /** It was put aside for an agent. */
  QUARANTINED,
  /** It came from our own address and was ignored. */
  DROPPED,
  /** It was handled before (the same Message-ID): nothing new. */
  DUPLICATE
}
