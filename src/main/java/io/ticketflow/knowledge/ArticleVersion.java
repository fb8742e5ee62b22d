package io.ticketflow.knowledge;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text of one version of an article, as its author saved it. Never changed afterwards. */
@Entity
@Table(name = "article_version")
public class ArticleVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "article_id", nullable = false, updatable = false)
  private Long articleId;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int version;

  @Column(nullable = false, length = 200, updatable = false)
  private String title;

  @Column(length = 20000, updatable = false)
  private String symptoms;

  @Column(length = 20000, updatable = false)
  private String cause;

  @Column(nullable = false, length = 20000, updatable = false)
  private String solution;

  @Column(length = 20000, updatable = false)
  private String prevention;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(length = 40, updatable = false)
  private Subcategory subcategory;

  @Column(nullable = false, length = 1000, updatable = false)
  private String tags;

  @Column(nullable = false, length = 200, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ArticleVersion() {}

  ArticleVersion(Article article, String author, Instant at) {
    ArticleContent content = article.content();
    this.articleId = article.getId();
    this.version = article.getVersion();
    this.title = content.title();
    this.symptoms = content.symptoms();
    this.cause = content.cause();
    this.solution = content.solution();
    this.prevention = content.prevention();
    this.category = content.category();
    this.subcategory = content.subcategory();
    this.tags = Article.joinTags(content.tags());
    this.author = author;
    this.createdAt = at;
  }

  public int getVersion() {
    return version;
  }

  public ArticleContent content() {
    return new ArticleContent(
        title,
        symptoms,
        cause,
        solution,
        prevention,
        category,
        subcategory,
        Article.splitTags(tags));
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
