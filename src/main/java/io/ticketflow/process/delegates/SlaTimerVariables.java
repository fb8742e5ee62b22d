package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SlaTimes;
import io.ticketflow.ticket.TicketService;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Writes a ticket's SLA times into the variables the timer boundary events read. */
@Component
public class SlaTimerVariables {

  private final TicketService tickets;

  public SlaTimerVariables(TicketService tickets) {
    this.tickets = tickets;
  }

  void set(DelegateExecution execution, SlaTimes times) {
    execution.setVariable(Vars.FIRST_RESPONSE_DUE_AT, format(times.firstResponseDueAt()));
    execution.setVariable(Vars.RESOLUTION_DUE_AT, format(times.resolutionDueAt()));
    execution.setVariable(Vars.FIRST_RESPONSE_WARNING_AT, format(times.firstResponseWarningAt()));
    execution.setVariable(Vars.RESOLUTION_WARNING_AT, format(times.resolutionWarningAt()));
  }

  private String format(Instant instant) {
    return instant == null ? null : tickets.formatDue(instant);
  }
}
