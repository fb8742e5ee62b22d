package io.ticketflow.process.listeners;

import io.ticketflow.process.FormValidation;
import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.EmergencyResponse;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.InvalidTicketRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A task of the emergency response is being completed: records who did it (the assignee, or the
 * user completing an unclaimed task) for the step that follows. An acknowledgement needs its
 * confirmation ticked; without it the task stays open with a form validation error.
 */
@Component(Beans.INCIDENT_TASK_COMPLETED)
public class IncidentTaskCompletedListener implements TaskListener {

  private final ProcessActors actors;

  public IncidentTaskCompletedListener(ProcessActors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EmergencyResponse.ACKNOWLEDGE.equals(task.getTaskDefinitionKey())
        && !Boolean.TRUE.equals(task.getVariable(Vars.ACKNOWLEDGEMENT_CONFIRMED))) {
      throw FormValidation.refused(
          new InvalidTicketRequestException(
              Vars.ACKNOWLEDGEMENT_CONFIRMED, "confirm that you take the incident on"));
    }
    String agent = task.getAssignee() != null ? task.getAssignee() : actors.current();
    task.getExecution().setVariable(Vars.AGENT, agent);
  }
}
