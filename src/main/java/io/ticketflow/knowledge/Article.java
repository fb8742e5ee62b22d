package io.ticketflow.knowledge;

import io.ticketflow.search.SearchAnalysis;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A knowledge article: a standard solution to a recurring problem, written by staff (often from a
 * ticket), reviewed, and published to agents and requesters. Every change of its text is a new
 * numbered version, kept as an {@link ArticleVersion}.
 */
@Entity
@Table(name = "article")
@Indexed(index = "article")
public class Article {

  /** Tags are stored between these, "|vpn|wi-fi|", so that one tag is found with LIKE. */
  static final String TAG_DELIMITER = "|";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Guards against lost updates between concurrent writers; not the content version. */
  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  @KeywordField(sortable = Sortable.YES)
  @Column(nullable = false, length = 32, updatable = false)
  private String number;

  @FullTextField(analyzer = SearchAnalysis.TEXT)
  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 20000)
  private String symptoms;

  @Column(length = 20000)
  private String cause;

  @Column(nullable = false, length = 20000)
  private String solution;

  @Column(length = 20000)
  private String prevention;

  @KeywordField
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Category category;

  @KeywordField
  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private Subcategory subcategory;

  @Column(nullable = false, length = 1000)
  private String tags;

  @KeywordField
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ArticleStatus status;

  /** The number of the latest {@link ArticleVersion}: 1 when created, one more per edit. */
  @Column(name = "current_version", nullable = false)
  private int version;

  @Column(name = "view_count", nullable = false)
  private long viewCount;

  @Column(name = "helped_count", nullable = false)
  private long helpedCount;

  @Column(name = "created_by", nullable = false, length = 200, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_by", length = 200)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected Article() {}

  Article(String number, ArticleContent content, String actor, Instant now) {
    this.number = number;
    this.status = ArticleStatus.DRAFT;
    this.version = 1;
    this.createdBy = actor;
    this.createdAt = now;
    write(content, actor, now);
  }

  /** Replaces the text; the caller stores the snapshot of the new version. */
  void revise(ArticleContent content, String actor, Instant now) {
    version++;
    write(content, actor, now);
  }

  void moveTo(ArticleStatus next, String actor, Instant now) {
    if (next == ArticleStatus.PUBLISHED) {
      publishedBy = actor;
      publishedAt = now;
    }
    status = next;
    updatedBy = actor;
    updatedAt = now;
  }

  private void write(ArticleContent content, String actor, Instant now) {
    this.title = content.title();
    this.symptoms = content.symptoms();
    this.cause = content.cause();
    this.solution = content.solution();
    this.prevention = content.prevention();
    this.category = content.category();
    this.subcategory = content.subcategory();
    this.tags = joinTags(content.tags());
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  static String joinTags(List<String> tags) {
    return tags.isEmpty() ? "" : TAG_DELIMITER + String.join(TAG_DELIMITER, tags) + TAG_DELIMITER;
  }

  static List<String> splitTags(String stored) {
    if (stored == null || stored.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(stored.split("\\" + TAG_DELIMITER)).filter(t -> !t.isEmpty()).toList();
  }

  /** The article's current text as content, for comparing with an edit. */
  public ArticleContent content() {
    return new ArticleContent(
        title, symptoms, cause, solution, prevention, category, subcategory, getTags());
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public Optional<String> getSymptoms() {
    return Optional.ofNullable(symptoms);
  }

  public Optional<String> getCause() {
    return Optional.ofNullable(cause);
  }

  public String getSolution() {
    return solution;
  }

  public Optional<String> getPrevention() {
    return Optional.ofNullable(prevention);
  }

  public Category getCategory() {
    return category;
  }

  public Optional<Subcategory> getSubcategory() {
    return Optional.ofNullable(subcategory);
  }

  public List<String> getTags() {
    return splitTags(tags);
  }

  /** The tags one by one, for the search index (the stored column holds them delimited). */
  @KeywordField(name = "tag")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
  public List<String> getIndexedTags() {
    return splitTags(tags);
  }

  /** Everything but the title, as one searched text. */
  @FullTextField(name = "body", analyzer = SearchAnalysis.TEXT)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "symptoms")),
        @ObjectPath(@PropertyValue(propertyName = "cause")),
        @ObjectPath(@PropertyValue(propertyName = "solution")),
        @ObjectPath(@PropertyValue(propertyName = "prevention")),
        @ObjectPath(@PropertyValue(propertyName = "tags"))
      })
  public String getSearchBody() {
    return Stream.of(symptoms, cause, solution, prevention, String.join(" ", splitTags(tags)))
        .filter(Objects::nonNull)
        .collect(Collectors.joining("\n"));
  }

  public ArticleStatus getStatus() {
    return status;
  }

  /** The content version: 1 when created, one more per edit of the text. */
  public int getVersion() {
    return version;
  }

  public long getViewCount() {
    return viewCount;
  }

  public long getHelpedCount() {
    return helpedCount;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Optional<String> getPublishedBy() {
    return Optional.ofNullable(publishedBy);
  }

  public Optional<Instant> getPublishedAt() {
    return Optional.ofNullable(publishedAt);
  }
}
