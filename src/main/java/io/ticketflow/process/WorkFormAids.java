package io.ticketflow.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.knowledge.ArticleMatch;
import io.ticketflow.knowledge.KnowledgeService;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.template.RenderedReply;
import io.ticketflow.template.TemplateService;
import io.ticketflow.template.UnknownTemplateException;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * What the work form offers besides the ticket: the knowledge base's best matches (to read, and to
 * name as the solution) and the reply templates of the ticket's category (to put before the agent's
 * resolution or question). The option lists are JSON variables, which Tasklist turns into the
 * selects' options.
 */
@Component
public class WorkFormAids {

  /** How many articles the form suggests. */
  static final int SUGGESTIONS = 5;

  private static final String NO_SUGGESTIONS = "(no published article matches this ticket yet)";
  private static final String NO_TEMPLATES = "(no reply templates for this category)";

  private final KnowledgeService knowledge;
  private final TemplateService templates;
  private final TicketService tickets;
  private final ObjectMapper json = new ObjectMapper();

  public WorkFormAids(
      KnowledgeService knowledge, TemplateService templates, TicketService tickets) {
    this.knowledge = knowledge;
    this.templates = templates;
    this.tickets = tickets;
  }

  /** The form's suggestions and templates for the ticket, previewed for {@code agent}. */
  public VariableMap forTicket(String number, String agent) {
    Ticket ticket = tickets.get(number);
    List<ArticleMatch> matches =
        knowledge.suggest(
            ticket.getTitle() + "\n" + ticket.getDescription(),
            ticket.getCategory(),
            ticket.getSubcategory(),
            SUGGESTIONS);
    // the ticket is loaded once: the templates are filled in from it here, not looked up again
    String agentName = templates.agentName(agent);
    List<RenderedReply> replies =
        templates.replyTemplatesFor(ticket.getCategory()).stream()
            .map(t -> new RenderedReply(t, templates.render(t, ticket, agentName)))
            .toList();
    return Variables.createVariables()
        .putValue(
            Vars.KNOWLEDGE_SUGGESTIONS,
            matches.isEmpty()
                ? NO_SUGGESTIONS
                : matches.stream().map(WorkFormAids::label).collect(Collectors.joining("\n")))
        .putValue(
            Vars.ARTICLE_OPTIONS,
            options(matches.stream().map(m -> option(label(m), m.number())).toList()))
        .putValue(
            Vars.REPLY_TEMPLATE_OPTIONS,
            options(
                replies.stream()
                    .map(r -> option(r.template().getName(), String.valueOf(r.template().getId())))
                    .toList()))
        .putValue(
            Vars.REPLY_TEMPLATES,
            replies.isEmpty()
                ? NO_TEMPLATES
                : ArticleForm.shown(
                    replies.stream()
                        .map(r -> "— " + r.template().getName() + " —\n" + r.body())
                        .collect(Collectors.joining("\n\n"))));
  }

  /**
   * The text the requester gets: the chosen template filled in for the ticket and agent, then what
   * the agent wrote. Without a template, the agent's text as it is.
   *
   * @throws InvalidTicketRequestException for a template that does not exist (any more)
   */
  public String withTemplate(Object templateId, String number, String agent, Object text) {
    String own = text == null ? "" : text.toString().strip();
    if (templateId == null || templateId.toString().isBlank()) {
      return text == null ? null : text.toString();
    }
    String filled;
    try {
      filled =
          templates.render(
              Long.parseLong(templateId.toString().strip()),
              tickets.get(number),
              templates.agentName(agent));
    } catch (NumberFormatException | UnknownTemplateException unknown) {
      throw new InvalidTicketRequestException(
          List.of(new FieldError(Vars.REPLY_TEMPLATE, "choose one of the listed templates")));
    }
    return own.isEmpty() ? filled : filled + "\n\n" + own;
  }

  private static String label(ArticleMatch match) {
    return match.number() + " · " + match.title();
  }

  private static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }

  private Object options(List<Map<String, String>> options) {
    try {
      return SpinValues.jsonValue(json.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
