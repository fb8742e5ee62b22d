package io.ticketflow.intake.mail;

/** A file that came with a mail. */
public record MailAttachment(String filename, String contentType, byte[] content) {

  public long size() {
    return content.length;
  }
}
