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

/**
 * A reply to the requester ({@code PUBLIC}) or a staff-only note ({@code INTERNAL}). Never edited.
 */
@Entity
@Table(name = "ticket_comment")
public class TicketComment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(nullable = false, length = 20000, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private Visibility visibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_type", nullable = false, length = 10, updatable = false)
  private AuthorType authorType;

  @Column(nullable = false, length = 200, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected TicketComment() {}

  TicketComment(
      Long ticketId,
      String body,
      Visibility visibility,
      AuthorType authorType,
      String author,
      Instant at) {
    this.ticketId = ticketId;
    this.body = body;
    this.visibility = visibility;
    this.authorType = authorType;
    this.author = author;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public String getBody() {
    return body;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public AuthorType getAuthorType() {
    return authorType;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
