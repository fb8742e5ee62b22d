package io.ticketflow.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A ticket linked to an article: the one it was written from, or one it solved. */
@Entity
@Table(name = "article_ticket")
public class ArticleTicket {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "article_id", nullable = false, updatable = false)
  private Long articleId;

  @Column(name = "ticket_number", nullable = false, length = 32, updatable = false)
  private String ticketNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ArticleLinkType type;

  @Column(nullable = false, length = 200, updatable = false)
  private String actor;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private Instant linkedAt;

  protected ArticleTicket() {}

  ArticleTicket(
      Long articleId, String ticketNumber, ArticleLinkType type, String actor, Instant linkedAt) {
    this.articleId = articleId;
    this.ticketNumber = ticketNumber;
    this.type = type;
    this.actor = actor;
    this.linkedAt = linkedAt;
  }

  public String getTicketNumber() {
    return ticketNumber;
  }

  public ArticleLinkType getType() {
    return type;
  }

  public String getActor() {
    return actor;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }
}
