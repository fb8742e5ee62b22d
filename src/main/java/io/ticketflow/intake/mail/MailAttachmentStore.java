package io.ticketflow.intake.mail;

/**
 * Where the files that come with a mail are kept, per ticket (and per comment for a reply). The
 * ticket store's attachment service implements it; without an implementation the intake keeps the
 * files in the mailbox only and notes them on the ticket.
 */
public interface MailAttachmentStore {

  /**
   * Keeps one file on the ticket, in the caller's transaction.
   *
   * @param commentId the requester's comment the file came with, or null for the opening mail
   * @throws io.ticketflow.ticket.InvalidTicketRequestException when the file is over the store's
   *     size or count limits
   */
  void store(
      String ticketNumber, Long commentId, String filename, byte[] content, String uploadedBy);
}
