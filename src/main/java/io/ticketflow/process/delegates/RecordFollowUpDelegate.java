package io.ticketflow.process.delegates;

import io.ticketflow.intake.FeedbackFollowUps;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.FollowUpAction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the manager's follow-up on the ticket; when the problem is not over, the requester gets a
 * follow-up ticket ({@code followUpTicket} names it).
 */
@Component(Beans.RECORD_FOLLOW_UP)
public class RecordFollowUpDelegate implements JavaDelegate {

  static final String FOLLOW_UP_TICKET = "followUpTicket";

  private final FeedbackFollowUps followUps;

  public RecordFollowUpDelegate(FeedbackFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps
        .record(
            (String) execution.getVariable(Vars.TICKET_NUMBER),
            FollowUpAction.valueOf((String) execution.getVariable(Vars.FOLLOW_UP_ACTION)),
            (String) execution.getVariable(Vars.FOLLOW_UP_NOTE),
            (String) execution.getVariable(Vars.AGENT))
        .ifPresent(number -> execution.setVariable(FOLLOW_UP_TICKET, number));
  }
}
