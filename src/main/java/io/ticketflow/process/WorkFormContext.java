package io.ticketflow.process;

import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SimilarTicket;
import io.ticketflow.ticket.StaffAccess;
import io.ticketflow.ticket.TicketLinks;
import io.ticketflow.ticket.TicketSearch;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.WorkContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
      List.of(
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
          Vars.REPLY_TEMPLATES);

  /** How many similar tickets the form lists. */
  static final int SIMILAR = 5;

  private static final String NO_SIMILAR = "(no open or recent ticket is like this one)";

  private final TicketService tickets;
  private final TicketSearch search;
  private final WorkFormAids aids;
  private final TicketLinks links;

  public WorkFormContext(
      TicketService tickets, TicketSearch search, WorkFormAids aids, TicketLinks links) {
    this.tickets = tickets;
    this.search = search;
    this.aids = aids;
    this.links = links;
  }

  /**
   * The form's context for the work task of ticket {@code number} offered to {@code group}, with
   * the reply templates filled in for {@code agent} (the task's assignee, or null).
   */
  @Transactional(readOnly = true)
  public VariableMap forTask(String number, String group, String agent) {
    WorkContext context = tickets.workContext(number, group);
    VariableMap variables =
        Variables.createVariables()
            .putValue(Vars.PRIORITY, context.priority())
            .putValue(Vars.TICKET_TITLE, context.title())
            .putValue(Vars.TICKET_DESCRIPTION, context.description())
            .putValue(Vars.REQUESTER_SUMMARY, context.requesterSummary())
            .putValue(Vars.TICKET_STATUS, context.status())
            .putValue(Vars.FIRST_RESPONSE_DUE_AT, context.firstResponseDueAt())
            .putValue(Vars.RESOLUTION_DUE_AT, context.resolutionDueAt())
            .putValue(Vars.RECENT_COMMENTS, context.recentComments())
            .putValue(Vars.LINKED_TICKETS, links.summary(number))
            .putValue(Vars.SIMILAR_TICKETS, similar(number, group, agent));
    variables.putAll(aids.forTicket(number, agent));
    return variables;
  }

  /** The similar tickets that the task's group (and its agent) may see, one per line. */
  private String similar(String number, String group, String agent) {
    StaffAccess viewer =
        new StaffAccess(agent == null ? "" : agent, group == null ? Set.of() : Set.of(group), null);
    List<SimilarTicket> found = search.similar(number, SIMILAR, viewer);
    if (found.isEmpty()) {
      return NO_SIMILAR;
    }
    return found.stream()
        .map(
            s ->
                s.number()
                    + " · "
                    + s.status()
                    + " · "
                    + s.title()
                    + " (shared: "
                    + String.join(", ", s.sharedTerms())
                    + ")")
        .collect(Collectors.joining("\n"));
  }
}
