package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the assignee, or the group, to update the requester when no update came in time. */
@Component(Beans.CHECK_UPDATE_DUE)
public class CheckUpdateDueDelegate implements JavaDelegate {

  private final TicketService tickets;

  public CheckUpdateDueDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.remindUpdateDue(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        Duration.parse((String) execution.getVariable(Vars.UPDATE_TARGET)));
  }
}
