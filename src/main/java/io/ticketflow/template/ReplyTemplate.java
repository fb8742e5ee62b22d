package io.ticketflow.template;

import io.ticketflow.ticket.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A canned reply (macro) that agents start from; its placeholders are filled from the ticket. */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate extends StoredTemplate {

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private Category category;

  @Column(nullable = false, length = 4000)
  private String body;

  protected ReplyTemplate() {}

  /** A new template from a checked draft. */
  ReplyTemplate(ReplyTemplateDraft draft, String actor, Instant now) {
    super(draft.name(), draft.language(), draft.active(), actor, now);
    takeOwn(draft);
  }

  /** Takes every field of a checked draft. */
  void take(ReplyTemplateDraft draft, String actor, Instant now) {
    changeShared(draft.name(), draft.language(), draft.active(), actor, now);
    takeOwn(draft);
  }

  private void takeOwn(ReplyTemplateDraft draft) {
    this.category = draft.category();
    this.body = draft.body();
  }

  /** The category whose tickets it suits; empty for every category. */
  public Optional<Category> getCategory() {
    return Optional.ofNullable(category);
  }

  /** The text with its {@code {{name}}} placeholders, as written. */
  public String getBody() {
    return body;
  }
}
