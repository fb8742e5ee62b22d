package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SlaTimes;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Restarts the SLA clock and hands the moved due times to the timers of the next round of work. */
@Component(Beans.RESUME_SLA_CLOCK)
public class ResumeSlaClockDelegate implements JavaDelegate {

  private final TicketService tickets;
  private final SlaTimerVariables timers;

  public ResumeSlaClockDelegate(TicketService tickets, SlaTimerVariables timers) {
    this.tickets = tickets;
    this.timers = timers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SlaTimes moved = tickets.resumeSla((String) execution.getVariable(Vars.TICKET_NUMBER));
    timers.set(execution, moved);
  }
}
