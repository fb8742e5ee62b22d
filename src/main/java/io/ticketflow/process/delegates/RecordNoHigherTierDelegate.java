package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.EscalationReason;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that an escalation was asked for at the top tier, and tells the manager. */
@Component(Beans.RECORD_NO_HIGHER_TIER)
public class RecordNoHigherTierDelegate implements JavaDelegate {

  private final TicketService tickets;

  public RecordNoHigherTierDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.recordNoHigherTier(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        EscalationReason.valueOf((String) execution.getVariable(Vars.ESCALATION_REASON)),
        (String) execution.getVariable(Vars.ESCALATION_NOTE));
  }
}
