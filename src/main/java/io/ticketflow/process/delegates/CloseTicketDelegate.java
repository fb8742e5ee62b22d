package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the ticket, confirmed by the requester or after their silence. */
@Component(Beans.CLOSE_TICKET)
public class CloseTicketDelegate implements JavaDelegate {

  private final TicketService tickets;

  public CloseTicketDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.close(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        (Boolean) execution.getVariable(Vars.REQUESTER_CONFIRMED));
  }
}
