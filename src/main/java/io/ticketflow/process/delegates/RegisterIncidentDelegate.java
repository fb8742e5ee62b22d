package io.ticketflow.process.delegates;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.EmergencyResponseProcess;
import io.ticketflow.process.FormValidation;
import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.InvalidTicketRequestException;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the incident declared through the start form in Tasklist and gives the instance the
 * incident's number as business key and its timer values. An instance the application started for
 * an incident it registered already carries the number, and nothing is done. Runs in the start
 * transaction: invalid input refuses the form and leaves neither instance nor incident behind.
 */
@Component(Beans.REGISTER_INCIDENT)
public class RegisterIncidentDelegate implements JavaDelegate {

  private final IncidentService incidents;
  private final EmergencyResponseProcess process;
  private final ProcessActors actors;

  public RegisterIncidentDelegate(
      IncidentService incidents, EmergencyResponseProcess process, ProcessActors actors) {
    this.incidents = incidents;
    this.process = process;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(Vars.INCIDENT_NUMBER) != null) {
      return;
    }
    String declaredBy =
        Optional.ofNullable((String) execution.getVariable(Vars.DECLARED_BY))
            .orElseGet(actors::current);
    try {
      Incident incident =
          incidents.register(
              IncidentDeclarationForm.read(execution),
              declaredBy,
              execution.getProcessInstanceId());
      execution.setProcessBusinessKey(incident.getNumber());
      execution.setVariables(process.variables(incident));
    } catch (InvalidTicketRequestException invalid) {
      throw FormValidation.refused(invalid);
    }
  }
}
