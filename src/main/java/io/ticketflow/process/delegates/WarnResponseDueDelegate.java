package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Warns the assignee, or the group, that the first response is nearly due. */
@Component(Beans.WARN_RESPONSE_DUE)
public class WarnResponseDueDelegate implements JavaDelegate {

  private final TicketService tickets;

  public WarnResponseDueDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.warnResponseDue((String) execution.getVariable(Vars.TICKET_NUMBER));
  }
}
