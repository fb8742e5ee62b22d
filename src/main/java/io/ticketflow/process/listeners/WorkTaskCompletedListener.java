package io.ticketflow.process.listeners;

import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.WorkSubmission;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Checks the agent's answer before the task completes: a known outcome and the fields it needs. A
 * bad answer is refused as a form validation error (HTTP 400 in Tasklist and the engine REST API)
 * and the task stays open. Records who did the work for the steps that follow.
 */
@Component(Beans.WORK_TASK_COMPLETED)
public class WorkTaskCompletedListener implements TaskListener {

  private final TicketService tickets;
  private final ProcessActors actors;

  public WorkTaskCompletedListener(TicketService tickets, ProcessActors actors) {
    this.tickets = tickets;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      tickets.checkWork(
          new WorkSubmission(
              task.getVariable(Vars.OUTCOME),
              task.getVariable(Vars.RESOLUTION),
              task.getVariable(Vars.ROOT_CAUSE),
              task.getVariable(Vars.WORKAROUND),
              task.getVariable(Vars.ESCALATION_REASON),
              task.getVariable(Vars.ESCALATION_NOTE),
              task.getVariable(Vars.QUESTION)));
    } catch (InvalidTicketRequestException invalid) {
      String detail =
          invalid.errors().stream()
              .map(e -> e.field() + ": " + e.message())
              .collect(Collectors.joining("; "));
      throw new FormFieldValidationException(invalid.errors(), detail);
    }
    String agent = task.getAssignee() != null ? task.getAssignee() : actors.current();
    task.getExecution().setVariable(Vars.AGENT, agent);
  }
}
