package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the affected requesters how the incident stands; in a drill only counts the round. */
@Component(Beans.SEND_STATUS_UPDATE)
public class SendStatusUpdateDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public SendStatusUpdateDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.sendStatusUpdate((String) execution.getVariable(Vars.INCIDENT_NUMBER));
  }
}
