package io.ticketflow.template;

import io.ticketflow.ticket.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
  private final Clock clock;

  public TicketTemplateService(TicketTemplateRepository templates, Clock clock) {
    this.templates = templates;
    this.clock = clock;
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
    return templates.findById(id).orElseThrow(() -> new UnknownTemplateException(KIND, id));
  }

  @Transactional
  public TicketTemplate createTicketTemplate(TicketTemplateDraft draft, String actor) {
    TicketTemplateDraft checked = check(draft);
    if (templates.existsByNameIgnoreCase(checked.name())) {
      throw new TemplateNameTakenException(KIND, checked.name());
    }
    try {
      return templates.saveAndFlush(new TicketTemplate(checked, actor, clock.instant()));
    } catch (DataIntegrityViolationException sameNameAtOnce) {
      throw new TemplateNameTakenException(KIND, checked.name());
    }
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
    TicketTemplate template = ticketTemplate(id);
    TemplateRules.requireVersion(expectedVersion, template.getVersion(), KIND, id);
    TicketTemplateDraft checked = check(draft);
    if (templates.existsByNameIgnoreCaseAndIdNot(checked.name(), id)) {
      throw new TemplateNameTakenException(KIND, checked.name());
    }
    template.change(checked, actor, clock.instant());
    try {
      return templates.saveAndFlush(template);
    } catch (OptimisticLockingFailureException changedAtOnce) {
      throw new TemplateChangedException(KIND, id);
    } catch (DataIntegrityViolationException sameNameAtOnce) {
      throw new TemplateNameTakenException(KIND, checked.name());
    }
  }

  /** Takes the template off the portal; it stays on record and can be made active again. */
  @Transactional
  public TicketTemplate deactivateTicketTemplate(long id, String actor) {
    TicketTemplate template = ticketTemplate(id);
    if (template.isActive()) {
      template.deactivate(actor, clock.instant());
    }
    return template;
  }

  /** Whether any template exists, active or not. */
  @Transactional(readOnly = true)
  public boolean hasTicketTemplates() {
    return templates.count() > 0;
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
