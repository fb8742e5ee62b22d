package io.ticketflow.template;

import io.ticketflow.ticket.Category;
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
import java.util.Optional;

/** A canned reply (macro) that agents start from; its placeholders are filled from the ticket. */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private Category category;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(length = 35)
  private String language;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_by", nullable = false, length = 200, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ReplyTemplate() {}

  /** A new template from a checked draft. */
  ReplyTemplate(ReplyTemplateDraft draft, String actor, Instant now) {
    this.createdBy = actor;
    this.createdAt = now;
    change(draft, actor, now);
  }

  /** Takes every field of a checked draft. */
  void change(ReplyTemplateDraft draft, String actor, Instant now) {
    this.name = draft.name();
    this.category = draft.category();
    this.body = draft.body();
    this.language = draft.language();
    this.active = draft.active() == null || draft.active();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  void deactivate(String actor, Instant now) {
    this.active = false;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  /** Grows with every change; a change made against an older version is refused. */
  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  /** The category whose tickets it suits; empty for every category. */
  public Optional<Category> getCategory() {
    return Optional.ofNullable(category);
  }

  /** The text with its {@code {{name}}} placeholders, as written. */
  public String getBody() {
    return body;
  }

  public Optional<String> getLanguage() {
    return Optional.ofNullable(language);
  }

  public boolean isActive() {
    return active;
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
}
