package io.ticketflow.process.listeners;

import io.ticketflow.assignment.AssignmentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.process.WorkFormAids;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.WorkContext;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A work task was opened: queue the ticket for the group (the agent who had it keeps it when it
 * comes back to the same group; otherwise a group that assigns automatically picks an agent), clear
 * the previous round's answers and give the form its read-only context, the knowledge base's
 * suggestions and the category's reply templates.
 */
@Component(Beans.WORK_TASK_CREATED)
public class WorkTaskCreatedListener implements TaskListener {

  static final List<String> ANSWERS =
      List.of(
          Vars.OUTCOME,
          Vars.RESOLUTION,
          Vars.ROOT_CAUSE,
          Vars.WORKAROUND,
          Vars.ESCALATION_REASON,
          Vars.ESCALATION_NOTE,
          Vars.QUESTION,
          Vars.REPLY_TEMPLATE,
          Vars.SOLVED_WITH_ARTICLE,
          Vars.REUSABLE_SOLUTION);

  private final TicketService tickets;
  private final AssignmentService assignment;
  private final WorkFormAids aids;

  public WorkTaskCreatedListener(
      TicketService tickets, AssignmentService assignment, WorkFormAids aids) {
    this.tickets = tickets;
    this.assignment = assignment;
    this.aids = aids;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(Vars.TICKET_NUMBER);
    String group = (String) task.getVariable(Vars.CANDIDATE_GROUP);
    int tier = ((Number) task.getVariable(Vars.TIER)).intValue();
    task.getExecution().removeVariables(ANSWERS);
    WorkContext context = tickets.workContext(number);
    task.setVariablesLocal(
        Variables.createVariables()
            .putValue(Vars.TICKET_TITLE, context.title())
            .putValue(Vars.TICKET_DESCRIPTION, context.description())
            .putValue(Vars.REQUESTER_SUMMARY, context.requesterSummary())
            .putValue(Vars.TICKET_STATUS, context.status())
            .putValue(Vars.FIRST_RESPONSE_DUE_AT, context.firstResponseDueAt())
            .putValue(Vars.RESOLUTION_DUE_AT, context.resolutionDueAt())
            .putValue(Vars.RECENT_COMMENTS, context.recentComments()));
    task.setVariablesLocal(aids.forTicket(number, task.getAssignee()));
    tickets
        .workQueued(number, group, tier)
        .or(
            () ->
                assignment.automaticAssignee(
                    group,
                    Category.valueOf((String) task.getVariable(Vars.CATEGORY)),
                    Subcategory.valueOf((String) task.getVariable(Vars.SUBCATEGORY))))
        .ifPresent(task::setAssignee);
  }
}
