package io.ticketflow.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.knowledge.ArticleMatch;
import io.ticketflow.knowledge.KnowledgeService;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.template.RenderedReply;
import io.ticketflow.template.ReplyTemplate;
import io.ticketflow.template.TemplateService;
import io.ticketflow.template.UnknownTemplateException;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * What the work form offers besides the ticket: the knowledge base's best matches (each a link to
 * the article's staff page, opened in a new tab, and a choice to name as the solution) and the
 * reply templates of the ticket's category, those in the requester's language first, each filled in
 * for the ticket as an editable draft. The option lists are JSON variables, which Tasklist turns
 * into the selects' options. What the requester receives reads greeting, solution, signature: the
 * agent's resolution or question goes into the chosen draft before its last paragraph.
 */
@Component
public class WorkFormAids {

  /** How many articles the form suggests. */
  static final int SUGGESTIONS = 5;

  /** How many templates the form offers, each with its draft field ({@code replyDraft1} …). */
  public static final int TEMPLATE_PLACES = 6;

  /** The staff page of an article: the knowledge base's own view, behind the webapps' login. */
  static final String ARTICLE_PAGE = "/camunda/knowledge/";

  private static final String NO_SUGGESTIONS = "(no published article matches this ticket yet)";
  private static final String NO_TEMPLATES = "(no reply templates for this category)";
  private static final Pattern PARAGRAPHS = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern CHOICE = Pattern.compile("^(?:([1-9][0-9]*)-)?([0-9]+)$");

  private final KnowledgeService knowledge;
  private final TemplateService templates;
  private final TicketService tickets;
  private final WorkFormLabels labels;
  private final ObjectMapper json = new ObjectMapper();

  public WorkFormAids(
      KnowledgeService knowledge,
      TemplateService templates,
      TicketService tickets,
      WorkFormLabels labels) {
    this.knowledge = knowledge;
    this.templates = templates;
    this.tickets = tickets;
    this.labels = labels;
  }

  /** The draft variables of the form's template places: {@code replyDraft1} … */
  public static List<String> draftNames() {
    return IntStream.rangeClosed(1, TEMPLATE_PLACES).mapToObj(i -> Vars.REPLY_DRAFT + i).toList();
  }

  /** The form's suggestions and templates for the ticket, previewed for {@code agent}. */
  public VariableMap forTicket(String number, String agent, Locale locale) {
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
        inRequesterLanguageFirst(templates.replyTemplatesFor(ticket.getCategory()), ticket).stream()
            .limit(TEMPLATE_PLACES)
            .map(t -> new RenderedReply(t, templates.render(t, ticket, agentName)))
            .toList();
    List<Map<String, String>> templateOptions = new ArrayList<>();
    VariableMap variables =
        Variables.createVariables()
            .putValue(
                Vars.KNOWLEDGE_SUGGESTIONS,
                matches.isEmpty()
                    ? NO_SUGGESTIONS
                    : matches.stream().map(WorkFormAids::label).collect(Collectors.joining("\n")))
            .putValue(
                Vars.KNOWLEDGE_LINKS,
                matches.isEmpty()
                    ? escaped(labels.text(locale, "knowledge.none"))
                    : matches.stream().map(WorkFormAids::link).collect(Collectors.joining("\n\n")))
            .putValue(
                Vars.ARTICLE_OPTIONS,
                options(matches.stream().map(m -> option(label(m), m.number())).toList()));
    for (int place = 1; place <= TEMPLATE_PLACES; place++) {
      if (place <= replies.size()) {
        RenderedReply reply = replies.get(place - 1);
        templateOptions.add(
            option(
                labels.language(locale, reply.template().getLanguage())
                    + " · "
                    + reply.template().getName(),
                place + "-" + reply.template().getId()));
        variables.putValue(Vars.REPLY_DRAFT + place, reply.body());
      } else {
        variables.putValue(Vars.REPLY_DRAFT + place, "");
      }
    }
    return variables
        .putValue(Vars.REPLY_TEMPLATE_OPTIONS, options(templateOptions))
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
   * The templates in the requester's language first, then those without a language, then the
   * others; by name within each.
   */
  static List<ReplyTemplate> inRequesterLanguageFirst(List<ReplyTemplate> all, Ticket ticket) {
    String wanted = ticket.getLanguage().map(WorkFormAids::primary).orElse(null);
    return all.stream()
        .sorted(
            Comparator.comparingInt(
                (ReplyTemplate t) ->
                    t.getLanguage().isEmpty()
                        ? 1
                        : primary(t.getLanguage().get()).equals(wanted) ? 0 : 2))
        .toList();
  }

  private static String primary(String language) {
    return language.toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  /**
   * The text the requester gets. With a template chosen: its draft as the agent left it (or, when
   * the form sent none, the template filled in anew), with what the agent wrote put in before the
   * draft's last paragraph, its signature. Without a template, the agent's text as it is.
   *
   * @param choice the chosen option: {@code <place>-<template id>}, or a bare template id
   * @param drafts the form's draft variables by name
   * @throws InvalidTicketRequestException for a template that does not exist (any more)
   */
  public String withTemplate(
      Object choice, String number, String agent, Object text, Function<String, Object> drafts) {
    String own = text == null ? "" : text.toString().strip();
    if (choice == null || choice.toString().isBlank()) {
      return text == null ? null : text.toString();
    }
    Matcher chosen = CHOICE.matcher(choice.toString().strip());
    if (!chosen.matches()) {
      throw unknownTemplate();
    }
    Object draft =
        chosen.group(1) == null ? null : drafts.apply(Vars.REPLY_DRAFT + chosen.group(1));
    String reply;
    if (draft != null && !draft.toString().isBlank()) {
      reply = draft.toString().strip();
    } else {
      try {
        reply =
            templates.render(
                Long.parseLong(chosen.group(2)), tickets.get(number), templates.agentName(agent));
      } catch (NumberFormatException | UnknownTemplateException unknown) {
        throw unknownTemplate();
      }
    }
    return compose(reply, own);
  }

  /** Greeting and the template's text, then the agent's own text, then the signature. */
  static String compose(String reply, String own) {
    if (own.isEmpty()) {
      return reply;
    }
    String[] paragraphs = PARAGRAPHS.split(reply.strip());
    if (paragraphs.length < 2) {
      return reply.strip() + "\n\n" + own;
    }
    String signature = paragraphs[paragraphs.length - 1];
    String before = String.join("\n\n", Arrays.copyOf(paragraphs, paragraphs.length - 1));
    return before + "\n\n" + own + "\n\n" + signature;
  }

  private static InvalidTicketRequestException unknownTemplate() {
    return new InvalidTicketRequestException(
        List.of(new FieldError(Vars.REPLY_TEMPLATE, "choose one of the listed templates")));
  }

  private static String label(ArticleMatch match) {
    return match.number() + " · " + match.title();
  }

  /** The article as a link that opens its staff page in a new tab, its title escaped. */
  private static String link(ArticleMatch match) {
    return "<a href=\""
        + ARTICLE_PAGE
        + escaped(match.number())
        + "\" target=\"_blank\" rel=\"noopener\">"
        + escaped(label(match))
        + "</a>";
  }

  /**
   * Text that stays text in the form's Markdown and HTML: markup and emphasis characters escaped.
   */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'', '*', '_', '`', '[', ']', '\\', '#', '~', '|' ->
            out.append("&#").append((int) c).append(';');
        default -> out.append(c);
      }
    }
    return out.toString();
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
