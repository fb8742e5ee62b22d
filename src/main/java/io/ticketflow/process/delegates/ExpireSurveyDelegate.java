package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SatisfactionSurveys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a survey the requester did not answer in time. */
@Component(Beans.EXPIRE_SURVEY)
public class ExpireSurveyDelegate implements JavaDelegate {

  private final SatisfactionSurveys surveys;

  public ExpireSurveyDelegate(SatisfactionSurveys surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    surveys.expire((String) execution.getVariable(Vars.TICKET_NUMBER));
  }
}
