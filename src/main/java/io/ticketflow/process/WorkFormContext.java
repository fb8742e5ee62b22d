package io.ticketflow.process;

import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketLinks;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.WorkContext;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the work form shows besides the agent's own fields, read from the ticket store when the form
 * is opened, never copied into the process: the ticket (priority, title, description, requester,
 * status, due times, the recent comments the task's group may read, the linked tickets and the
 * duplicates merged into it), the knowledge base's suggestions and the reply templates of the
 * ticket's category ({@link WorkFormAids}). The process keeps only the ticket number and the values
 * its gateways, timers and decisions read; what the form shows is always the ticket as it is now.
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
          Vars.ARTICLE_OPTIONS,
          Vars.REPLY_TEMPLATE_OPTIONS,
          Vars.REPLY_TEMPLATES);

  private final TicketService tickets;
  private final WorkFormAids aids;
  private final TicketLinks links;

  public WorkFormContext(TicketService tickets, WorkFormAids aids, TicketLinks links) {
    this.tickets = tickets;
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
            .putValue(Vars.LINKED_TICKETS, links.summary(number));
    variables.putAll(aids.forTicket(number, agent));
    return variables;
  }
}
