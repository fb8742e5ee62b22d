package io.ticketflow.template;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned replies: managers keep them, agents are offered the active ones that suit a ticket's
 * category, filled in for the ticket. Templates are deactivated, never deleted, so that a reply an
 * agent started from one still names a template that exists.
 */
@Service
public class TemplateService {

  /**
   * The longest body, and the longest filled-in reply: both travel through the engine's string
   * variables (the work form), which hold at most 4,000 characters.
   */
  public static final int MAX_BODY = 4000;

  static final String KIND = "reply template";
  private static final int MAX_BODY_PROBLEMS = 5;
  private static final Sort BY_NAME = Sort.by("name", "id");

  private final ReplyTemplateRepository templates;
  private final TemplateWriter<ReplyTemplate> writer;
  private final TicketService tickets;
  private final StaffNames staffNames;

  public TemplateService(
      ReplyTemplateRepository templates,
      TicketService tickets,
      StaffNames staffNames,
      Clock clock) {
    this.templates = templates;
    this.writer = new TemplateWriter<>(KIND, templates, clock);
    this.tickets = tickets;
    this.staffNames = staffNames;
  }

  // --- what agents use -----------------------------------------------------------------------

  /**
   * The active templates for this category and those for every category, ordered by name. For a
   * null category, only those for every category.
   */
  @Transactional(readOnly = true)
  public List<ReplyTemplate> replyTemplatesFor(Category category) {
    Specification<ReplyTemplate> forCategory =
        (root, query, cb) ->
            category == null
                ? cb.isNull(root.get("category"))
                : cb.or(cb.isNull(root.get("category")), cb.equal(root.get("category"), category));
    Specification<ReplyTemplate> active = (root, query, cb) -> cb.isTrue(root.get("active"));
    return templates.findAll(forCategory.and(active), BY_NAME);
  }

  /**
   * The active template with this id filled in for the ticket and agent.
   *
   * @throws UnknownTemplateException when there is none, or it is inactive
   */
  @Transactional(readOnly = true)
  public String render(long replyTemplateId, Ticket ticket, String agentName) {
    ReplyTemplate template =
        templates
            .findById(replyTemplateId)
            .filter(ReplyTemplate::isActive)
            .orElseThrow(() -> new UnknownTemplateException(KIND, replyTemplateId));
    return render(template, ticket, agentName);
  }

  /**
   * The template's body with its placeholders filled from the ticket (due times in the desk's zone)
   * and the agent's name; missing values read as nothing, a missing due time or priority as "not
   * set". The text is not escaped: whoever shows it escapes it. A reply that would be longer than
   * {@link #MAX_BODY} is cut there.
   */
  public String render(ReplyTemplate template, Ticket ticket, String agentName) {
    String filled =
        PlaceholderText.fill(
            template.getBody(),
            ReplyValues.of(
                ticket, agentName, template.getLanguage().orElse(null), tickets::formatDue));
    return cut(filled);
  }

  /**
   * The templates for the ticket's category, each filled in for the ticket and the agent.
   *
   * @throws io.ticketflow.ticket.TicketNotFoundException for an unknown ticket
   */
  @Transactional(readOnly = true)
  public List<RenderedReply> repliesFor(String ticketNumber, String agentUserId) {
    Ticket ticket = tickets.get(ticketNumber);
    String agent = agentName(agentUserId);
    return replyTemplatesFor(ticket.getCategory()).stream()
        .map(t -> new RenderedReply(t, render(t, ticket, agent)))
        .toList();
  }

  /** How a staff user is called in replies: the user's name, else the user id. */
  public String agentName(String userId) {
    if (userId == null) {
      return "";
    }
    return staffNames.displayName(userId).orElse(userId);
  }

  // --- what managers keep --------------------------------------------------------------------

  /**
   * Templates by name.
   *
   * @param category only those for this category and for every category; null for all
   * @param active only active (true) or inactive (false) ones; null for both
   */
  @Transactional(readOnly = true)
  public List<ReplyTemplate> replyTemplates(Category category, Boolean active) {
    Specification<ReplyTemplate> filter =
        (root, query, cb) -> {
          List<Predicate> all = new ArrayList<>();
          if (category != null) {
            all.add(
                cb.or(cb.isNull(root.get("category")), cb.equal(root.get("category"), category)));
          }
          if (active != null) {
            all.add(cb.equal(root.get("active"), active));
          }
          return cb.and(all.toArray(Predicate[]::new));
        };
    return templates.findAll(filter, BY_NAME);
  }

  /** The template with this id, active or not. */
  @Transactional(readOnly = true)
  public ReplyTemplate replyTemplate(long id) {
    return writer.get(id);
  }

  @Transactional
  public ReplyTemplate createReplyTemplate(ReplyTemplateDraft draft, String actor) {
    ReplyTemplateDraft checked = check(draft);
    return writer.create(checked.name(), now -> new ReplyTemplate(checked, actor, now));
  }

  /**
   * Replaces every field of the template.
   *
   * @param expectedVersion the version the change was made against; null to skip the check
   * @throws TemplateChangedException when the template is at another version
   */
  @Transactional
  public ReplyTemplate updateReplyTemplate(
      long id, ReplyTemplateDraft draft, Long expectedVersion, String actor) {
    ReplyTemplateDraft checked = check(draft);
    return writer.update(
        id, checked.name(), expectedVersion, (template, now) -> template.take(checked, actor, now));
  }

  /**
   * Takes the template out of use: agents are no longer offered it, and {@link #render(long,
   * Ticket, String)} no longer knows it. It stays on record and can be made active again.
   */
  @Transactional
  public ReplyTemplate deactivateReplyTemplate(long id, String actor) {
    return writer.deactivate(id, actor);
  }

  /** Whether any template exists, active or not. */
  @Transactional(readOnly = true)
  public boolean hasReplyTemplates() {
    return writer.any();
  }

  // --- rules ---------------------------------------------------------------------------------

  /** The draft with its texts trimmed and its language tag in the usual form, or every error. */
  static ReplyTemplateDraft check(ReplyTemplateDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    String name = TemplateRules.text(errors, "name", draft.name(), TemplateRules.MAX_NAME);
    String body = TemplateRules.text(errors, "body", draft.body(), MAX_BODY);
    if (body != null) {
      PlaceholderText.problems(body).stream()
          .limit(MAX_BODY_PROBLEMS)
          .forEach(problem -> errors.add(new FieldError("body", problem)));
    }
    String language = TemplateRules.language(errors, draft.language());
    TemplateRules.throwIfAny(errors);
    return new ReplyTemplateDraft(name, draft.category(), body, language, draft.active());
  }

  private static String cut(String text) {
    if (text.length() <= MAX_BODY) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_BODY - 1)) ? MAX_BODY - 1 : MAX_BODY;
    return text.substring(0, end);
  }
}
