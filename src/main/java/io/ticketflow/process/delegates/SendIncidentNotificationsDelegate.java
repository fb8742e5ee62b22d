package io.ticketflow.process.delegates;

import io.ticketflow.notification.NotificationDispatcher;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Delivers the incident's pending notifications (the outbox keys them by incident number). Runs as
 * its own job (asyncBefore) after the step that queued them has committed; a failing mail server
 * makes the job retry, and the sweeper delivers whatever is left.
 */
@Component(Beans.SEND_INCIDENT_NOTIFICATIONS)
public class SendIncidentNotificationsDelegate implements JavaDelegate {

  private final NotificationDispatcher dispatcher;

  public SendIncidentNotificationsDelegate(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dispatcher.deliverPending((String) execution.getVariable(Vars.INCIDENT_NUMBER));
  }
}
