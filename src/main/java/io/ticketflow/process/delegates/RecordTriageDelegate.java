package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SlaTimes;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.Triage;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the decisions' priority, route and SLA targets (whether a workaround meets the resolution
 * target among them) on the ticket and sets the SLA timers' due times.
 */
@Component(Beans.RECORD_TRIAGE)
public class RecordTriageDelegate implements JavaDelegate {

  private final TicketService tickets;
  private final SlaTimerVariables timers;

  public RecordTriageDelegate(TicketService tickets, SlaTimerVariables timers) {
    this.tickets = tickets;
    this.timers = timers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Triage triage =
        tickets.recordTriage(
            (String) execution.getVariable(Vars.TICKET_NUMBER),
            (String) execution.getVariable(Vars.PRIORITY),
            (String) execution.getVariable(Vars.CANDIDATE_GROUP),
            ((Number) execution.getVariable(Vars.TIER)).intValue(),
            (String) execution.getVariable(Vars.CALENDAR),
            Duration.parse((String) execution.getVariable(Vars.FIRST_RESPONSE_TARGET)),
            Duration.parse((String) execution.getVariable(Vars.RESOLUTION_TARGET)),
            // a table without the column keeps the domain's rule: "resolved, or a workaround given"
            !Boolean.FALSE.equals(execution.getVariable(Vars.WORKAROUND_MEETS_RESOLUTION_TARGET)));
    execution.setVariable(Vars.TIER, triage.tier());
    timers.set(
        execution,
        new SlaTimes(
            triage.firstResponseDueAt(),
            triage.resolutionDueAt(),
            triage.firstResponseWarningAt(),
            triage.resolutionWarningAt()));
    // the targets became the due times above, on the ticket and in the timers' variables; the
    // process keeps no copy of them (removed in the transaction that set them, they are never
    // written)
    execution.removeVariables(
        List.of(
            Vars.FIRST_RESPONSE_TARGET,
            Vars.RESOLUTION_TARGET,
            Vars.WORKAROUND_MEETS_RESOLUTION_TARGET));
  }
}
