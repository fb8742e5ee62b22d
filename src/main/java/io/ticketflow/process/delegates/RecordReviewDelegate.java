package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.FormValidation;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the post-incident review: timeline, root cause and corrective actions with owners. A
 * refused review keeps the task open.
 */
@Component(Beans.RECORD_REVIEW)
public class RecordReviewDelegate implements JavaDelegate {

  private final IncidentService incidents;

  public RecordReviewDelegate(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValidation.refusingInvalidInput(
        () ->
            incidents.recordReview(
                (String) execution.getVariable(Vars.INCIDENT_NUMBER),
                (String) execution.getVariable(Vars.REVIEW_TIMELINE),
                (String) execution.getVariable(Vars.ROOT_CAUSE),
                (String) execution.getVariable(Vars.CORRECTIVE_ACTIONS),
                (String) execution.getVariable(Vars.AGENT)));
  }
}
