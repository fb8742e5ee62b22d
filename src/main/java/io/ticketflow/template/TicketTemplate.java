package io.ticketflow.template;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A common request type that fills the portal's new-ticket form; the requester may still edit. With
 * a language, the portal offers it only to requesters reading that language.
 */
@Entity
@Table(name = "ticket_template")
public class TicketTemplate extends StoredTemplate {

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

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected TicketTemplate() {}

  /** A new template from a checked draft. */
  TicketTemplate(TicketTemplateDraft draft, String actor, Instant now) {
    super(draft.name(), draft.language(), draft.active(), actor, now);
    takeOwn(draft);
  }

  /** Takes every field of a checked draft, with the defaults for absent ones. */
  void take(TicketTemplateDraft draft, String actor, Instant now) {
    changeShared(draft.name(), draft.language(), draft.active(), actor, now);
    takeOwn(draft);
  }

  private void takeOwn(TicketTemplateDraft draft) {
    this.title = draft.title();
    this.description = draft.description() == null ? "" : draft.description();
    this.category = draft.category();
    this.subcategory = draft.subcategory();
    this.urgency = draft.urgency();
    this.impact = draft.impact() == null ? Impact.INDIVIDUAL : draft.impact();
    this.sortOrder = draft.sortOrder() == null ? 0 : draft.sortOrder();
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

  public int getSortOrder() {
    return sortOrder;
  }
}
