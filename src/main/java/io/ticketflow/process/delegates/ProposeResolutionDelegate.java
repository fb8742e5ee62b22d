package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Monitoring sees recovery: the emergency team is asked to check and resolve the incident. */
@Component(Beans.PROPOSE_RESOLUTION)
public class ProposeResolutionDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public ProposeResolutionDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.proposeResolution((String) execution.getVariable(Vars.INCIDENT_NUMBER));
  }
}
