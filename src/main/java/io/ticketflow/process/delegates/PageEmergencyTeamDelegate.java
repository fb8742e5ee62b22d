package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Pages the emergency team: queues the page to its members for the send step that follows. */
@Component(Beans.PAGE_EMERGENCY_TEAM)
public class PageEmergencyTeamDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public PageEmergencyTeamDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.pageTeam((String) execution.getVariable(Vars.INCIDENT_NUMBER));
  }
}
