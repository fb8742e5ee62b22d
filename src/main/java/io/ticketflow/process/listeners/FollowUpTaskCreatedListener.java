package io.ticketflow.process.listeners;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.FeedbackContext;
import io.ticketflow.ticket.SatisfactionSurveys;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A follow-up of a rating was opened: the form gets the ticket, the rating and the solution given
 * as read-only context, and Tasklist's list shows the ticket number, rating and title.
 */
@Component(Beans.FOLLOW_UP_TASK_CREATED)
public class FollowUpTaskCreatedListener implements TaskListener {

  private final SatisfactionSurveys surveys;

  public FollowUpTaskCreatedListener(SatisfactionSurveys surveys) {
    this.surveys = surveys;
  }

  @Override
  public void notify(DelegateTask task) {
    FeedbackContext context = surveys.context((String) task.getVariable(Vars.TICKET_NUMBER));
    task.setVariablesLocal(
        Variables.createVariables()
            .putValue(Vars.TICKET_TITLE, context.title())
            .putValue(Vars.REQUESTER_SUMMARY, context.requesterSummary())
            .putValue(Vars.SCORE_TEXT, context.score())
            .putValue(Vars.FEEDBACK_COMMENT, context.comment())
            .putValue(Vars.RESOLUTION, context.resolution())
            .putValue(Vars.RESOLVED_BY, context.resolvedBy()));
    task.setDescription(context.number() + " · " + context.rating() + " · " + context.title());
  }
}
