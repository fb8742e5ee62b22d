package io.ticketflow.process.listeners;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A task of the emergency response was opened: its form gets the incident's title and description
 * as read-only context (an incident the application declared has no form variables for them), and
 * Tasklist's list shows the title, marked when it is a drill.
 */
@Component(Beans.INCIDENT_TASK_CREATED)
public class IncidentTaskCreatedListener implements TaskListener {

  static final String DRILL_MARK = "[DRILL] ";

  private final IncidentService incidents;

  public IncidentTaskCreatedListener(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateTask task) {
    Incident incident = incidents.get((String) task.getVariable(Vars.INCIDENT_NUMBER));
    task.setVariablesLocal(
        Variables.createVariables()
            .putValue(Vars.INCIDENT_TITLE, incident.getTitle())
            .putValue(Vars.INCIDENT_DESCRIPTION, incident.getDescription().orElse("")));
    task.setDescription((incident.isDrill() ? DRILL_MARK : "") + incident.getTitle());
  }
}
