package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the requester to confirm the solution. */
@Component(Beans.REQUEST_CONFIRMATION)
public class RequestConfirmationDelegate implements JavaDelegate {

  private final TicketService tickets;

  public RequestConfirmationDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.requestConfirmation((String) execution.getVariable(Vars.TICKET_NUMBER));
  }
}
