package io.ticketflow.ticket;

/**
 * How the requester's mail conversation continues: the Message-ID of the mail that opened the
 * ticket (our mails to the requester answer it) and whether automatic replies may go at all.
 *
 * @param requesterMessageId the opening mail's Message-ID in angle brackets, or null when unknown
 * @param autoReplies false when the opening mail came from an automatic sender (an auto-responder,
 *     a mailing list): then no acknowledgement goes back, so two machines cannot answer each other
 */
public record ReplyThread(String requesterMessageId, boolean autoReplies) {

  /** A request that came in any other way: no mail to answer, automatic replies allowed. */
  public static final ReplyThread NONE = new ReplyThread(null, true);
}
