package io.ticketflow.process.listeners;

import io.ticketflow.assignment.AssignmentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.WorkContext;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A work task was opened: queue the ticket for the group (the agent who had it keeps it when it
 * comes back to the same group; otherwise a group that assigns automatically picks an agent) and
 * clear the previous round's answers. The task is named after the ticket (number, priority, title),
 * is due when the ticket's resolution is due and carries the ticket's priority as task priority, so
 * that Tasklist filters can sort by due date and pick out P1/P2 work. The form's read-only context,
 * the knowledge base's suggestions and the reply templates are not copied into the task: {@link
 * io.ticketflow.process.WorkFormContext} computes them from the ticket store whenever the form is
 * opened.
 */
@Component(Beans.WORK_TASK_CREATED)
public class WorkTaskCreatedListener implements TaskListener {

  static final List<String> ANSWERS =
      List.of(
          Vars.OUTCOME,
          Vars.RESOLUTION,
          Vars.ROOT_CAUSE,
          Vars.WORKAROUND,
          Vars.ESCALATION_REASON,
          Vars.ESCALATION_NOTE,
          Vars.QUESTION,
          Vars.REPLY_TEMPLATE,
          Vars.SOLVED_WITH_ARTICLE,
          Vars.REUSABLE_SOLUTION);

  /** Camunda task priority per ticket priority; tickets without a known priority get 50. */
  public static final Map<String, Integer> TASK_PRIORITIES =
      Map.of("P1", 100, "P2", 75, "P3", 50, "P4", 25);

  static final int DEFAULT_TASK_PRIORITY = 50;

  static final int TITLE_IN_NAME = 80;

  private final TicketService tickets;
  private final AssignmentService assignment;

  public WorkTaskCreatedListener(TicketService tickets, AssignmentService assignment) {
    this.tickets = tickets;
    this.assignment = assignment;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(Vars.TICKET_NUMBER);
    String group = (String) task.getVariable(Vars.CANDIDATE_GROUP);
    int tier = ((Number) task.getVariable(Vars.TIER)).intValue();
    task.getExecution().removeVariables(ANSWERS);
    // first: it locks the ticket, so that what follows reads it as it is
    Optional<String> keeper = tickets.workQueued(number, group, tier);
    label(task, tickets.workHeadline(number));
    keeper
        .or(
            () ->
                assignment.automaticAssignee(
                    group,
                    Category.valueOf((String) task.getVariable(Vars.CATEGORY)),
                    Subcategory.valueOf((String) task.getVariable(Vars.SUBCATEGORY))))
        .ifPresent(task::setAssignee);
  }

  private static void label(DelegateTask task, WorkContext context) {
    String title = context.title() == null ? "" : context.title().strip();
    String shortTitle =
        title.length() > TITLE_IN_NAME ? title.substring(0, TITLE_IN_NAME - 1) + "…" : title;
    task.setName(context.number() + " · " + context.priority() + " · " + shortTitle);
    String due = context.resolutionDueAt();
    task.setDescription(
        context.number()
            + " · "
            + context.priority()
            + " · "
            + title
            + (due == null || due.isEmpty() ? "" : " (resolution due " + due + ")"));
    task.setPriority(TASK_PRIORITIES.getOrDefault(context.priority(), DEFAULT_TASK_PRIORITY));
    if (due != null && !due.isEmpty()) {
      task.setDueDate(Date.from(OffsetDateTime.parse(due).toInstant()));
    }
  }
}
