package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.EscalationReason;
import io.ticketflow.ticket.TicketProcessPort;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the running work (tiered-support) to move up a tier, with the reason the model gives as the
 * task's input parameter {@code escalationReason}.
 */
@Component(Beans.REQUEST_ESCALATION)
public class RequestEscalationDelegate implements JavaDelegate {

  private final TicketProcessPort process;

  public RequestEscalationDelegate(TicketProcessPort process) {
    this.process = process;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EscalationReason reason =
        EscalationReason.valueOf((String) execution.getVariable(Vars.ESCALATION_REASON));
    process.requestEscalation(
        (String) execution.getVariable(Vars.TICKET_NUMBER),
        reason,
        TicketHandling.REQUEST_RESPONSE_ESCALATION.equals(execution.getCurrentActivityId())
            ? "no first response by the SLA due time"
            : "not resolved by the SLA due time",
        TicketService.SYSTEM_ACTOR);
  }
}
