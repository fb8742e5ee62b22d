package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.EscalationReason;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Moves the ticket to the group and tier the escalation decision chose, and logs who, why, from and
 * to.
 */
@Component(Beans.ESCALATE_TICKET)
public class EscalateTicketDelegate implements JavaDelegate {

  private final TicketService tickets;

  public EscalateTicketDelegate(TicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = (String) execution.getVariable(Vars.NEXT_CANDIDATE_GROUP);
    int tier = ((Number) execution.getVariable(Vars.NEXT_TIER)).intValue();
    tickets.escalate(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        group,
        tier,
        EscalationReason.valueOf((String) execution.getVariable(Vars.ESCALATION_REASON)),
        (String) execution.getVariable(Vars.ESCALATION_NOTE),
        (String) execution.getVariable(Vars.AGENT));
    execution.setVariable(Vars.CANDIDATE_GROUP, group);
    execution.setVariable(Vars.TIER, tier);
  }
}
