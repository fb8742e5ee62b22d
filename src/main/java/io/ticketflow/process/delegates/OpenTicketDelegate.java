package io.ticketflow.process.delegates;

import io.ticketflow.intake.IntakeResult;
import io.ticketflow.intake.TicketIntakeService;
import io.ticketflow.process.LoggedRequest;
import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.InvalidTicketRequestException;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the ticket an agent logged through the {@code log-request} start form, as the agent; the
 * ticket number becomes the business key.
 */
@Component(Beans.OPEN_TICKET)
public class OpenTicketDelegate implements JavaDelegate {

  private final TicketIntakeService intake;
  private final ProcessActors actors;

  public OpenTicketDelegate(TicketIntakeService intake, ProcessActors actors) {
    this.intake = intake;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String agent =
        Optional.ofNullable((String) execution.getVariable(Vars.LOGGED_BY))
            .orElseGet(actors::current);
    try {
      IntakeResult opened = intake.submit(LoggedRequest.draft(execution, agent), null, agent);
      String number = opened.ticket().getNumber();
      execution.setVariable(Vars.TICKET_NUMBER, number);
      execution.setProcessBusinessKey(number);
    } catch (InvalidTicketRequestException refused) {
      throw LoggedRequest.formError(refused);
    }
  }
}
