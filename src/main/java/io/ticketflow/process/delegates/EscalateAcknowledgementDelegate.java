package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nobody acknowledged the incident in time: the emergency team's managers are alerted. */
@Component(Beans.ESCALATE_ACKNOWLEDGEMENT)
public class EscalateAcknowledgementDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public EscalateAcknowledgementDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.escalateAcknowledgement((String) execution.getVariable(Vars.INCIDENT_NUMBER));
  }
}
