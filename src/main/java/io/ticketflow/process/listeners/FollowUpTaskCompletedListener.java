package io.ticketflow.process.listeners;

import io.ticketflow.process.FormValidation;
import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SatisfactionSurveys;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A follow-up is being completed: it needs a known action and a note (otherwise the task stays open
 * with a form validation error), and whoever completes it is recorded for the next step.
 */
@Component(Beans.FOLLOW_UP_TASK_COMPLETED)
public class FollowUpTaskCompletedListener implements TaskListener {

  private final SatisfactionSurveys surveys;
  private final ProcessActors actors;

  public FollowUpTaskCompletedListener(SatisfactionSurveys surveys, ProcessActors actors) {
    this.surveys = surveys;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValidation.refusingInvalidInput(
        () ->
            surveys.checkFollowUp(
                task.getVariable(Vars.FOLLOW_UP_ACTION), task.getVariable(Vars.FOLLOW_UP_NOTE)));
    task.getExecution()
        .setVariable(
            Vars.AGENT, task.getAssignee() != null ? task.getAssignee() : actors.current());
  }
}
