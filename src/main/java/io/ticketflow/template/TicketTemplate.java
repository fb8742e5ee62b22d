package io.ticketflow.template;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
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

/** A common request type that fills the portal's new-ticket form; the requester may still edit. */
@Entity
@Table(name = "ticket_template")
public class TicketTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Subcategory subcategory;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Urgency urgency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Impact impact;

  @Column(length = 35)
  private String language;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "created_by", nullable = false, length = 200, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected TicketTemplate() {}

  /** A new template from a checked draft. */
  TicketTemplate(TicketTemplateDraft draft, String actor, Instant now) {
    this.createdBy = actor;
    this.createdAt = now;
    change(draft, actor, now);
  }

  /** Takes every field of a checked draft, with the defaults for absent ones. */
  void change(TicketTemplateDraft draft, String actor, Instant now) {
    this.name = draft.name();
    this.title = draft.title();
    this.description = draft.description() == null ? "" : draft.description();
    this.category = draft.category();
    this.subcategory = draft.subcategory();
    this.urgency = draft.urgency();
    this.impact = draft.impact() == null ? Impact.INDIVIDUAL : draft.impact();
    this.language = draft.language();
    this.active = draft.active() == null || draft.active();
    this.sortOrder = draft.sortOrder() == null ? 0 : draft.sortOrder();
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

  public String getTitle() {
    return title;
  }

  /** The skeleton of the description; empty when there is none. */
  public String getDescription() {
    return description;
  }

  public Category getCategory() {
    return category;
  }

  public Subcategory getSubcategory() {
    return subcategory;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public Impact getImpact() {
    return impact;
  }

  /** The one language the portal offers it in; empty for every language. */
  public Optional<String> getLanguage() {
    return Optional.ofNullable(language);
  }

  public boolean isActive() {
    return active;
  }

  public int getSortOrder() {
    return sortOrder;
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
