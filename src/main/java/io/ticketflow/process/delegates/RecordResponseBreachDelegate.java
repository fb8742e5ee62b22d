package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the first-response SLA as breached, unless an agent answered in time. */
@Component(Beans.RECORD_RESPONSE_BREACH)
public class RecordResponseBreachDelegate implements JavaDelegate {

  private final TicketService tickets;

  public RecordResponseBreachDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean newBreach =
        tickets.recordResponseBreach((String) execution.getVariable(Vars.TICKET_NUMBER));
    execution.setVariable(Vars.ESCALATION_NEEDED, newBreach);
  }
}
