package io.ticketflow.intake.mail;

import java.util.List;
import java.util.Optional;

/**
 * A mail as the intake reads it: who sent it, what it says, what it answers, and whether a machine
 * sent it.
 *
 * @param key the mail's identity for duplicate detection: a hash of its Message-ID, or of sender,
 *     date, subject and text when it has none
 * @param messageId its Message-ID in angle brackets, or null when missing or unusable
 * @param senderAddress the sender's address, lower-cased
 * @param senderName the sender's display name, or the address's local part
 * @param subject the decoded subject, possibly empty
 * @param text the text of the body (from HTML when there is no plain text)
 * @param referencedIds the Message-IDs it answers: In-Reply-To first, then References
 * @param automatic why a machine sent it (auto-reply, mailing list, loop marker), or null
 */
public record InboundMail(
    String key,
    String messageId,
    String senderAddress,
    String senderName,
    String subject,
    String text,
    List<String> referencedIds,
    String automatic,
    List<MailAttachment> attachments) {

  public InboundMail {
    referencedIds = List.copyOf(referencedIds);
    attachments = List.copyOf(attachments);
  }

  public Optional<String> automaticReason() {
    return Optional.ofNullable(automatic);
  }

  /** The sender as the conversation shows it. */
  public String sender() {
    return senderName + " <" + senderAddress + ">";
  }
}
