package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.FormValidation;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the incident resolved with the agent's resolution note; a refused note keeps the task. */
@Component(Beans.RECORD_INCIDENT_RESOLUTION)
public class RecordIncidentResolutionDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public RecordIncidentResolutionDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValidation.refusingInvalidInput(
        () ->
            incidents.resolve(
                (String) execution.getVariable(Vars.INCIDENT_NUMBER),
                (String) execution.getVariable(Vars.RESOLUTION),
                (String) execution.getVariable(Vars.AGENT)));
  }
}
