package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that a member of the emergency team (who completed the task) took the incident on. */
@Component(Beans.RECORD_ACKNOWLEDGEMENT)
public class RecordAcknowledgementDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public RecordAcknowledgementDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.acknowledge(
        (String) execution.getVariable(Vars.INCIDENT_NUMBER),
        (String) execution.getVariable(Vars.AGENT));
  }
}
