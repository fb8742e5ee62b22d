package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the resolution SLA as breached, unless the ticket was resolved in time. */
@Component(Beans.RECORD_RESOLUTION_BREACH)
public class RecordResolutionBreachDelegate implements JavaDelegate {

  private final TicketService tickets;

  public RecordResolutionBreachDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean newBreach =
        tickets.recordResolutionBreach((String) execution.getVariable(Vars.TICKET_NUMBER));
    execution.setVariable(Vars.ESCALATION_NEEDED, newBreach);
  }
}
