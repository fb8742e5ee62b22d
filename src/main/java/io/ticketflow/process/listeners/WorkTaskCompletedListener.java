package io.ticketflow.process.listeners;

import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Outcomes;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.process.WorkFormAids;
import io.ticketflow.process.WorkFormContext;
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
  private final WorkFormAids aids;

  public WorkTaskCompletedListener(TicketService tickets, ProcessActors actors, WorkFormAids aids) {
    this.tickets = tickets;
    this.actors = actors;
    this.aids = aids;
  }

  @Override
  public void notify(DelegateTask task) {
    String agent = task.getAssignee() != null ? task.getAssignee() : actors.current();
    try {
      Object resolution = task.getVariable(Vars.RESOLUTION);
      Object question = task.getVariable(Vars.QUESTION);
      Object outcome = task.getVariable(Vars.OUTCOME);
      Object template = task.getVariable(Vars.REPLY_TEMPLATE);
      String number = (String) task.getVariable(Vars.TICKET_NUMBER);
      if (Outcomes.RESOLVED.equals(outcome)) {
        resolution = aids.withTemplate(template, number, agent, resolution, task::getVariable);
        task.getExecution().setVariable(Vars.RESOLUTION, resolution);
      } else if (Outcomes.WAIT_FOR_CUSTOMER.equals(outcome)) {
        question = aids.withTemplate(template, number, agent, question, task::getVariable);
        task.getExecution().setVariable(Vars.QUESTION, question);
      }
      // the drafts and labels served the form only: the reply above is what the process keeps
      WorkFormAids.draftNames().forEach(task.getExecution()::removeVariable);
      WorkFormContext.LABELS.forEach(task.getExecution()::removeVariable);
      tickets.checkWork(
          new WorkSubmission(
              outcome,
              resolution,
              task.getVariable(Vars.ROOT_CAUSE),
              task.getVariable(Vars.WORKAROUND),
              task.getVariable(Vars.ESCALATION_REASON),
              task.getVariable(Vars.ESCALATION_NOTE),
              question));
    } catch (InvalidTicketRequestException invalid) {
      String detail =
          invalid.errors().stream()
              .map(e -> e.field() + ": " + e.message())
              .collect(Collectors.joining("; "));
      throw new FormFieldValidationException(invalid.errors(), detail);
    }
    task.getExecution().setVariable(Vars.AGENT, agent);
  }
}
