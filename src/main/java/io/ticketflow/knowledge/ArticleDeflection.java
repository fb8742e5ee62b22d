package io.ticketflow.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A requester said in the portal that the article solved the problem: no ticket was needed. */
@Entity
@Table(name = "article_deflection")
class ArticleDeflection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "article_id", nullable = false, updatable = false)
  private Long articleId;

  @Column(name = "deflected_at", nullable = false, updatable = false)
  private Instant deflectedAt;

  protected ArticleDeflection() {}

  ArticleDeflection(Long articleId, Instant deflectedAt) {
    this.articleId = articleId;
    this.deflectedAt = deflectedAt;
  }
}
