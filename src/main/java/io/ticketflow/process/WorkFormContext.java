package io.ticketflow.process;

import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SimilarTicket;
import io.ticketflow.ticket.StaffAccess;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketLinks;
import io.ticketflow.ticket.TicketSearch;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.WorkContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the work form shows besides the agent's own fields, read from the ticket store when the form
 * is opened, never copied into the process: the ticket (priority, title, description, requester,
 * status, due times, the recent comments the task's group may read, the linked tickets and the
 * duplicates merged into it), the open and lately finished tickets most like it that the group may
 * see, the knowledge base's suggestions and the reply templates of the ticket's category ({@link
 * WorkFormAids}). The process keeps only the ticket number and the values its gateways, timers and
 * decisions read; what the form shows is always the ticket as it is now.
 */
@Component
public class WorkFormContext {

  /** The variables the work form reads that this computes; the form's own fields are not here. */
  public static final List<String> NAMES =
      Stream.concat(
              Stream.of(
                  Vars.PRIORITY,
                  Vars.TICKET_TITLE,
                  Vars.TICKET_DESCRIPTION,
                  Vars.REQUESTER_SUMMARY,
                  Vars.TICKET_STATUS,
                  Vars.FIRST_RESPONSE_DUE_AT,
                  Vars.RESOLUTION_DUE_AT,
                  Vars.RECENT_COMMENTS,
                  Vars.LINKED_TICKETS,
                  Vars.KNOWLEDGE_SUGGESTIONS,
                  Vars.SIMILAR_TICKETS,
                  Vars.ARTICLE_OPTIONS,
                  Vars.REPLY_TEMPLATE_OPTIONS,
                  Vars.REPLY_TEMPLATES),
              Stream.concat(labels().stream(), WorkFormAids.draftNames().stream()))
          .toList();

  /** The labels the work form shows, worded in the agent's language; read-only fields. */
  public static final List<String> LABELS = labels();

  private static List<String> labels() {
    return List.of(
        Vars.PRIORITY_LABEL,
        Vars.TICKET_STATUS_LABEL,
        Vars.CLASSIFICATION,
        Vars.CHANNEL_LABEL,
        Vars.FIRST_RESPONSE_DUE,
        Vars.RESOLUTION_DUE,
        Vars.KNOWLEDGE_LINKS);
  }

  /** What the ticket store says for a ticket without comments; the form words it itself. */
  static final String NO_COMMENTS = "(no comments yet)";

  /** How many similar tickets the form lists. */
  static final int SIMILAR = 5;

  private final TicketService tickets;
  private final TicketSearch search;
  private final WorkFormAids aids;
  private final WorkFormLabels labels;
  private final TicketLinks links;

  public WorkFormContext(
      TicketService tickets,
      TicketSearch search,
      WorkFormAids aids,
      WorkFormLabels labels,
      TicketLinks links) {
    this.tickets = tickets;
    this.search = search;
    this.aids = aids;
    this.labels = labels;
    this.links = links;
  }

  /**
   * The form's context for the work task of ticket {@code number} offered to {@code group}, with
   * the reply templates filled in for {@code agent} (the task's assignee, or null), and the labels
   * worded in {@code language} (the agent's: Chinese for {@code zh…}, else English).
   */
  @Transactional(readOnly = true)
  public VariableMap forTask(String number, String group, String agent, String language) {
    WorkContext context = tickets.workContext(number, group);
    Ticket ticket = tickets.get(number);
    Locale locale = WorkFormLabels.locale(language);
    VariableMap variables =
        Variables.createVariables()
            .putValue(Vars.PRIORITY, context.priority())
            .putValue(Vars.TICKET_TITLE, context.title())
            .putValue(Vars.TICKET_DESCRIPTION, context.description())
            .putValue(Vars.REQUESTER_SUMMARY, context.requesterSummary())
            .putValue(Vars.TICKET_STATUS, context.status())
            .putValue(Vars.FIRST_RESPONSE_DUE_AT, context.firstResponseDueAt())
            .putValue(Vars.RESOLUTION_DUE_AT, context.resolutionDueAt())
            .putValue(
                Vars.RECENT_COMMENTS,
                context.recentComments().equals(NO_COMMENTS)
                    ? labels.text(locale, "comments.none")
                    : context.recentComments())
            .putValue(Vars.PRIORITY_LABEL, labels.priority(locale, ticket.getPriority()))
            .putValue(Vars.TICKET_STATUS_LABEL, labels.status(locale, ticket.getStatus()))
            .putValue(
                Vars.CLASSIFICATION,
                labels.classification(locale, ticket.getCategory(), ticket.getSubcategory()))
            .putValue(Vars.CHANNEL_LABEL, labels.channel(locale, ticket.getChannel()))
            .putValue(Vars.FIRST_RESPONSE_DUE, labels.due(locale, ticket.getFirstResponseDueAt()))
            .putValue(Vars.RESOLUTION_DUE, labels.due(locale, ticket.getResolutionDueAt()))
            .putValue(Vars.LINKED_TICKETS, links.summary(number))
            .putValue(Vars.SIMILAR_TICKETS, similar(number, group, agent, locale));
    variables.putAll(aids.forTicket(number, agent, locale));
    return variables;
  }

  /** The similar tickets that the task's group (and its agent) may see, one per line. */
  private String similar(String number, String group, String agent, Locale locale) {
    StaffAccess viewer =
        new StaffAccess(agent == null ? "" : agent, group == null ? Set.of() : Set.of(group), null);
    List<SimilarTicket> found = search.similar(number, SIMILAR, viewer);
    if (found.isEmpty()) {
      return labels.text(locale, "similar.none");
    }
    return found.stream()
        .map(
            s ->
                s.number()
                    + " · "
                    + s.status()
                    + " · "
                    + s.title()
                    + " ("
                    + labels.text(locale, "similar.shared")
                    + String.join(", ", s.sharedTerms())
                    + ")")
        .collect(Collectors.joining("\n"));
  }
}
