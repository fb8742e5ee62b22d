package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stops the SLA clock while the ticket waits for the requester. */
@Component(Beans.PAUSE_SLA_CLOCK)
public class PauseSlaClockDelegate implements JavaDelegate {

  private final TicketService tickets;

  public PauseSlaClockDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.pauseSla((String) execution.getVariable(Vars.TICKET_NUMBER));
  }
}
