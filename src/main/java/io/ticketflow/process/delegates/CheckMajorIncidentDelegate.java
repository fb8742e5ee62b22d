package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Has a triaged ticket looked at for a major incident: it may declare one, or join the open one of
 * its kind.
 */
@Component(Beans.CHECK_MAJOR_INCIDENT)
public class CheckMajorIncidentDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public CheckMajorIncidentDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.considerTicket((String) execution.getVariable(Vars.TICKET_NUMBER));
  }
}
