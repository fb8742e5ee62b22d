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
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reply to the requester ({@code PUBLIC}) or a staff-only note ({@code INTERNAL}). Never edited.
 * A staff member's comment records the author's Camunda groups when it was written: an internal
 * note is read by the members of those groups.
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

  /** The author's groups, comma separated; null when not written by a staff member. */
  @Column(name = "author_groups", length = 1000, updatable = false)
  private String authorGroups;

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

  TicketComment(
      Long ticketId,
      String body,
      Visibility visibility,
      AuthorType authorType,
      String author,
      Collection<String> authorGroups,
      Instant at) {
    this(ticketId, body, visibility, authorType, author, at);
    this.authorGroups =
        authorGroups == null || authorGroups.isEmpty()
            ? null
            : authorGroups.stream().sorted().collect(Collectors.joining(","));
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

  /** The author's Camunda groups when the comment was written; empty when not recorded. */
  public Set<String> getAuthorGroups() {
    if (authorGroups == null || authorGroups.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(authorGroups.split(","))
        .map(String::strip)
        .filter(g -> !g.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
