package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.SatisfactionSurvey;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.SatisfactionSurveys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts the closed ticket's {@code satisfaction-survey} (business key = ticket number), once: a
 * survey already started for the ticket is left as it is.
 */
@Component(Beans.REQUEST_SURVEY)
public class RequestSurveyDelegate implements JavaDelegate {

  private final SatisfactionSurveys surveys;

  public RequestSurveyDelegate(SatisfactionSurveys surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(Vars.TICKET_NUMBER);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    boolean started =
        runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(SatisfactionSurvey.KEY)
                .processInstanceBusinessKey(number)
                .count()
            > 0;
    if (started) {
      return;
    }
    runtime.startProcessInstanceByKey(
        SatisfactionSurvey.KEY,
        number,
        Variables.createVariables()
            .putValue(Vars.TICKET_NUMBER, number)
            .putValue(Vars.SURVEY_WINDOW, surveys.window().toString()));
  }
}
