package io.ticketflow.template;

import io.ticketflow.ticket.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Request templates: common request types that fill the portal's new-ticket form. Managers keep
 * them; the portal offers the active ones. Like canned replies they are deactivated, not deleted.
 */
@Service
public class TicketTemplateService {

  /** The longest description skeleton. */
  public static final int MAX_DESCRIPTION = 4000;

  /** The longest title, as on a ticket. */
  public static final int MAX_TITLE = 200;

  /** Sort orders run from 0 to this. */
  public static final int MAX_SORT_ORDER = 100_000;

  static final String KIND = "ticket template";
  private static final Sort PORTAL_ORDER = Sort.by("sortOrder", "name", "id");

  private final TicketTemplateRepository templates;
  private final TemplateWriter<TicketTemplate> writer;

  public TicketTemplateService(TicketTemplateRepository templates, Clock clock) {
    this.templates = templates;
    this.writer = new TemplateWriter<>(KIND, templates, clock);
  }

  /**
   * What the portal offers a requester who reads {@code language}: the active templates in that
   * language (any region) and those for every language, in their sort order, then by name.
   *
   * @param language a language tag; null for every active template
   */
  @Transactional(readOnly = true)
  public List<TicketTemplate> offeredTo(String language) {
    return templates.findByActive(true, PORTAL_ORDER).stream()
        .filter(t -> TemplateRules.suits(t.getLanguage().orElse(null), language))
        .toList();
  }

  /**
   * Templates in their sort order, then by name.
   *
   * @param active only active (true) or inactive (false) ones; null for both
   */
  @Transactional(readOnly = true)
  public List<TicketTemplate> ticketTemplates(Boolean active) {
    return active == null
        ? templates.findAll(PORTAL_ORDER)
        : templates.findByActive(active, PORTAL_ORDER);
  }

  /** The template with this id, active or not. */
  @Transactional(readOnly = true)
  public TicketTemplate ticketTemplate(long id) {
    return writer.get(id);
  }

  @Transactional
  public TicketTemplate createTicketTemplate(TicketTemplateDraft draft, String actor) {
    TicketTemplateDraft checked = check(draft);
    return writer.create(checked.name(), now -> new TicketTemplate(checked, actor, now));
  }

  /**
   * Replaces every field of the template.
   *
   * @param expectedVersion the version the change was made against; null to skip the check
   * @throws TemplateChangedException when the template is at another version
   */
  @Transactional
  public TicketTemplate updateTicketTemplate(
      long id, TicketTemplateDraft draft, Long expectedVersion, String actor) {
    TicketTemplateDraft checked = check(draft);
    return writer.update(
        id, checked.name(), expectedVersion, (template, now) -> template.take(checked, actor, now));
  }

  /** Takes the template off the portal; it stays on record and can be made active again. */
  @Transactional
  public TicketTemplate deactivateTicketTemplate(long id, String actor) {
    return writer.deactivate(id, actor);
  }

  /** Whether any template exists, active or not. */
  @Transactional(readOnly = true)
  public boolean hasTicketTemplates() {
    return writer.any();
  }

  /**
   * The draft with its texts trimmed and its language tag in the usual form, or every error. The
   * subcategory must belong to the category, as on a ticket.
   */
  static TicketTemplateDraft check(TicketTemplateDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    String name = TemplateRules.text(errors, "name", draft.name(), TemplateRules.MAX_NAME);
    String title = TemplateRules.text(errors, "title", draft.title(), MAX_TITLE);
    String description =
        TemplateRules.optionalText(errors, "description", draft.description(), MAX_DESCRIPTION);
    TemplateRules.required(errors, "category", draft.category());
    TemplateRules.required(errors, "subcategory", draft.subcategory());
    TemplateRules.required(errors, "urgency", draft.urgency());
    if (draft.category() != null
        && draft.subcategory() != null
        && !draft.subcategory().belongsTo(draft.category())) {
      errors.add(
          new FieldError(
              "subcategory", draft.subcategory() + " is not a subcategory of " + draft.category()));
    }
    String language = TemplateRules.language(errors, draft.language());
    if (draft.sortOrder() != null
        && (draft.sortOrder() < 0 || draft.sortOrder() > MAX_SORT_ORDER)) {
      errors.add(new FieldError("sortOrder", "must be between 0 and " + MAX_SORT_ORDER));
    }
    TemplateRules.throwIfAny(errors);
    return new TicketTemplateDraft(
        name,
        title,
        description,
        draft.category(),
        draft.subcategory(),
        draft.urgency(),
        draft.impact(),
        language,
        draft.active(),
        draft.sortOrder());
  }
}
