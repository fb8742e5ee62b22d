package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the agent's resolution, root cause and workaround and marks the ticket resolved. */
@Component(Beans.RECORD_RESOLUTION)
public class RecordResolutionDelegate implements JavaDelegate {

  private final TicketService tickets;

  public RecordResolutionDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.resolve(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        (String) execution.getVariable(Vars.RESOLUTION),
        (String) execution.getVariable(Vars.ROOT_CAUSE),
        (String) execution.getVariable(Vars.WORKAROUND),
        (String) execution.getVariable(Vars.AGENT));
  }
}
