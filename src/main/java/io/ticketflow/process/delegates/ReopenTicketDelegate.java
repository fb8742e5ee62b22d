package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reopens the ticket after the requester said the solution did not work, with their reason. */
@Component(Beans.REOPEN_TICKET)
public class ReopenTicketDelegate implements JavaDelegate {

  private final TicketService tickets;

  public ReopenTicketDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.reopen(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        (String) execution.getVariable(Vars.CONFIRMATION_COMMENT));
    execution.removeVariable(Vars.REQUESTER_CONFIRMED);
  }
}
