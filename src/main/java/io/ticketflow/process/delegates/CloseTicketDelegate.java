package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the ticket, confirmed by the requester or after their silence, and sets how long it is
 * kept before it is archived ({@code ticketflow.tickets.archive-after}).
 */
@Component(Beans.CLOSE_TICKET)
public class CloseTicketDelegate implements JavaDelegate {

  private final TicketService tickets;
  private final TicketProperties properties;

  public CloseTicketDelegate(TicketService tickets, TicketProperties properties) {
    this.tickets = tickets;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.close(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        (Boolean) execution.getVariable(Vars.REQUESTER_CONFIRMED));
    execution.setVariable(Vars.ARCHIVE_AFTER, properties.archiveAfter().toString());
  }
}
