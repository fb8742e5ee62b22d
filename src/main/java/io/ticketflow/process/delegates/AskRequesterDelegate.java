package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Posts the agent's question to the requester and sets the ticket to wait for them. */
@Component(Beans.ASK_REQUESTER)
public class AskRequesterDelegate implements JavaDelegate {

  private final TicketService tickets;

  public AskRequesterDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.askRequester(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        (String) execution.getVariable(Vars.QUESTION),
        (String) execution.getVariable(Vars.AGENT));
  }
}
