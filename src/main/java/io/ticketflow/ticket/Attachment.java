package io.ticketflow.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A file attached to a ticket: its name, detected type, size and checksum; bytes stored apart. */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "comment_id", updatable = false)
  private Long commentId;

  @Column(nullable = false, length = 255, updatable = false)
  private String filename;

  @Column(name = "content_type", nullable = false, length = 100, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, length = 200, updatable = false)
  private String uploadedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_type", nullable = false, length = 20, updatable = false)
  private AuthorType authorType;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Attachment() {}

  Attachment(
      Long ticketId,
      Long commentId,
      String filename,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      AuthorType authorType,
      Instant createdAt) {
    this.ticketId = ticketId;
    this.commentId = commentId;
    this.filename = filename;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.authorType = authorType;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Optional<Long> getCommentId() {
    return Optional.ofNullable(commentId);
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public AuthorType getAuthorType() {
    return authorType;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
