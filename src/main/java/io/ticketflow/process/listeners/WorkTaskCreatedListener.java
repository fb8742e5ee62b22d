package io.ticketflow.process.listeners;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.WorkContext;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A work task was opened: queue the ticket for the group (the agent who had it keeps it when it
 * comes back to the same group), clear the previous round's answers and give the form its read-only
 * context.
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
          Vars.QUESTION);

  private final TicketService tickets;

  public WorkTaskCreatedListener(TicketService tickets) {
    this.tickets = tickets;
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
    tickets.workQueued(number, group, tier).ifPresent(task::setAssignee);
  }
}
