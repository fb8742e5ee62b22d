package io.ticketflow.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one attachment, read only when it is downloaded. */
@Entity
@Table(name = "attachment_content")
class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected AttachmentContent() {}

  AttachmentContent(Long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
  }

  byte[] getContent() {
    return content.clone();
  }
}
