package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the acknowledgement and queues the requester's receipt with the ticket number. */
@Component(Beans.ACKNOWLEDGE_RECEIPT)
public class AcknowledgeReceiptDelegate implements JavaDelegate {

  private final TicketService tickets;

  public AcknowledgeReceiptDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.acknowledge((String) execution.getVariable(Vars.TICKET_NUMBER));
  }
}
