package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SatisfactionSurveys;
import io.ticketflow.ticket.SurveyState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the survey; a rating the requester gave before closing counts at once. */
@Component(Beans.OPEN_SURVEY)
public class OpenSurveyDelegate implements JavaDelegate {

  private final SatisfactionSurveys surveys;

  public OpenSurveyDelegate(SatisfactionSurveys surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SurveyState state = surveys.open((String) execution.getVariable(Vars.TICKET_NUMBER));
    execution.setVariable(Vars.ALREADY_RATED, state.rated());
    if (state.rated()) {
      execution.setVariable(Vars.RATING, state.rating().name());
      execution.setVariable(Vars.SCORE, state.score());
    }
  }
}
