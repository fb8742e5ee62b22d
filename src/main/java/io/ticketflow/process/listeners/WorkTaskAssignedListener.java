package io.ticketflow.process.listeners;

import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The work task got an assignee (an agent claimed it, or someone or automatic assignment gave it to
 * them) or lost it: the ticket's assignee and status follow.
 */
@Component(Beans.WORK_TASK_ASSIGNED)
public class WorkTaskAssignedListener implements TaskListener {

  private final TicketService tickets;
  private final ProcessActors actors;

  public WorkTaskAssignedListener(TicketService tickets, ProcessActors actors) {
    this.tickets = tickets;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TicketStatus status =
        tickets.assign(
            (String) task.getVariable(Vars.TICKET_NUMBER), task.getAssignee(), actors.current());
    // keep the work form's read-only status current
    task.setVariableLocal(Vars.TICKET_STATUS, status.name());
  }
}
