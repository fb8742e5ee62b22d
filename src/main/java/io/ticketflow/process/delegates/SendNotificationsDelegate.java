package io.ticketflow.process.delegates;

import io.ticketflow.notification.NotificationDispatcher;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Delivers the ticket's pending notifications. Runs as its own job (asyncBefore) after the step
 * that queued them has committed; a failing mail server makes the job retry and finally raise an
 * incident.
 */
@Component(Beans.SEND_NOTIFICATIONS)
public class SendNotificationsDelegate implements JavaDelegate {

  private final NotificationDispatcher dispatcher;

  public SendNotificationsDelegate(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dispatcher.deliverPending((String) execution.getVariable(Vars.TICKET_NUMBER));
  }
}
