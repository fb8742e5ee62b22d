package io.ticketflow.ticket;

/** An attachment with its bytes, for download. */
public record StoredFile(Attachment attachment, byte[] content) {

  public StoredFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
