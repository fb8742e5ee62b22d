package io.ticketflow.process.listeners;

import io.ticketflow.intake.TicketIntakeService;
import io.ticketflow.process.LoggedRequest;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.InvalidTicketRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks the answers of the {@code log-request} start form before anything starts: a refused
 * request is a form error on the form (HTTP 400), not an incident or a stack trace.
 */
@Component(Beans.CHECK_LOGGED_REQUEST)
public class CheckLoggedRequestListener implements ExecutionListener {

  private final TicketIntakeService intake;

  public CheckLoggedRequestListener(TicketIntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void notify(DelegateExecution execution) {
    try {
      intake.check(LoggedRequest.draft(execution, (String) execution.getVariable(Vars.LOGGED_BY)));
    } catch (InvalidTicketRequestException refused) {
      throw LoggedRequest.formError(refused);
    }
  }
}
