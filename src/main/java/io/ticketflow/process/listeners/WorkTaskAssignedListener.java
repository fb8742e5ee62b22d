package io.ticketflow.process.listeners;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** An agent claimed the work task, or gave it back: the ticket's assignee and status follow. */
@Component(Beans.WORK_TASK_ASSIGNED)
public class WorkTaskAssignedListener implements TaskListener {

  private final TicketService tickets;

  public WorkTaskAssignedListener(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void notify(DelegateTask task) {
    tickets.assign((String) task.getVariable(Vars.TICKET_NUMBER), task.getAssignee());
  }
}
