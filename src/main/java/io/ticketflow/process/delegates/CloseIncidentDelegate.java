package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the reviewed incident. */
@Component(Beans.CLOSE_INCIDENT)
public class CloseIncidentDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public CloseIncidentDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.close((String) execution.getVariable(Vars.INCIDENT_NUMBER));
  }
}
