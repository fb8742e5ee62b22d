package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.FormValidation;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the workaround, which is also what the affected requesters hear next, unless the agent
 * wrote a status note for them. Runs in the task's transaction, so a refused input keeps the task.
 */
@Component(Beans.RECORD_WORKAROUND)
public class RecordWorkaroundDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public RecordWorkaroundDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.INCIDENT_NUMBER);
    String agent = (String) execution.getVariable(Vars.AGENT);
    String note = (String) execution.getVariable(Vars.STATUS_NOTE);
    FormValidation.refusingInvalidInput(
        () -> {
          incidents.giveWorkaround(number, (String) execution.getVariable(Vars.WORKAROUND), agent);
          if (note != null && !note.isBlank()) {
            incidents.noteStatus(number, note, agent);
          }
        });
  }
}
