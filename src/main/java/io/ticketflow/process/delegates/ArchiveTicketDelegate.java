package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Archives the closed ticket once its retention period is over: read only, data masked. */
@Component(Beans.ARCHIVE_TICKET)
public class ArchiveTicketDelegate implements JavaDelegate {

  private final TicketService tickets;

  public ArchiveTicketDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.archive((String) execution.getVariable(Vars.TICKET_NUMBER), TicketService.SYSTEM_ACTOR);
  }
}
