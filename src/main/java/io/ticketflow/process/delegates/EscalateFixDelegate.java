package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The fix runs past its target: management is alerted (nothing when it was resolved meanwhile). */
@Component(Beans.ESCALATE_FIX)
public class EscalateFixDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public EscalateFixDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.escalateFix((String) execution.getVariable(Vars.INCIDENT_NUMBER));
  }
}
