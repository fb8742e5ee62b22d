package io.ticketflow.template;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * What every kind of template has: a unique name, an optional language, whether it is offered, who
 * wrote and last changed it, and a version that grows with every change.
 */
@MappedSuperclass
public abstract class StoredTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 100)
  private String name;

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

  protected StoredTemplate() {}

  /** A new template with the shared fields of a checked draft; {@code active} null means true. */
  StoredTemplate(String name, String language, Boolean active, String actor, Instant now) {
    this.createdBy = actor;
    this.createdAt = now;
    share(name, language, active, actor, now);
  }

  /** Takes the shared fields of a checked change; {@code active} null means true. */
  void changeShared(
      String newName, String newLanguage, Boolean nowActive, String actor, Instant now) {
    share(newName, newLanguage, nowActive, actor, now);
  }

  void deactivate(String actor, Instant now) {
    this.active = false;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  private void share(
      String newName, String newLanguage, Boolean nowActive, String actor, Instant now) {
    this.name = newName;
    this.language = newLanguage;
    this.active = nowActive == null || nowActive;
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

  /** The template's language as a BCP 47 tag; empty when it suits every language. */
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
