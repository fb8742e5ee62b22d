package io.ticketflow.process.listeners;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.ticketflow.assignment.AssignmentService;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.WorkContext;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkTaskCreatedListenerTest {

  private static final String NUMBER = "TS20261122-0001";

  private final TicketService tickets = mock(TicketService.class);
  private final AssignmentService assignment = mock(AssignmentService.class);
  private final DelegateTask task = mock(DelegateTask.class);
  private final WorkTaskCreatedListener listener = new WorkTaskCreatedListener(tickets, assignment);

  @BeforeEach
  void openTask() {
    when(task.getVariable(Vars.TICKET_NUMBER)).thenReturn(NUMBER);
    when(task.getVariable(Vars.CANDIDATE_GROUP)).thenReturn("tier1");
    when(task.getVariable(Vars.TIER)).thenReturn(1);
    when(task.getVariable(Vars.CATEGORY)).thenReturn(Category.SYSTEM_FAULT.name());
    when(task.getVariable(Vars.SUBCATEGORY)).thenReturn(Subcategory.LOGIN_FAILURE.name());
    when(task.getExecution()).thenReturn(mock(DelegateExecution.class));
    when(tickets.workHeadline(NUMBER))
        .thenReturn(new WorkContext(NUMBER, "t", "", "", "P4", "NEW", "", "", ""));
  }

  @Test
  void agentWhoHadTheTicketKeepsItWithoutAutomaticAssignment() {
    when(tickets.workQueued(NUMBER, "tier1", 1)).thenReturn(Optional.of("mary"));

    listener.notify(task);

    verify(task).setAssignee("mary");
    verifyNoInteractions(assignment);
  }

  @Test
  void newTicketGoesToTheAgentAutomaticAssignmentChooses() {
    when(tickets.workQueued(NUMBER, "tier1", 1)).thenReturn(Optional.empty());
    when(assignment.automaticAssignee("tier1", Category.SYSTEM_FAULT, Subcategory.LOGIN_FAILURE))
        .thenReturn(Optional.of("ann"));

    listener.notify(task);

    verify(task).setAssignee("ann");
  }

  @Test
  void ticketStaysInTheQueueWhenNobodyIsChosen() {
    when(tickets.workQueued(NUMBER, "tier1", 1)).thenReturn(Optional.empty());
    when(assignment.automaticAssignee(any(), any(), any())).thenReturn(Optional.empty());

    listener.notify(task);

    verify(task, never()).setAssignee(any());
  }

  @Test
  void taskIsNamedAfterTheTicketAndDueWithItsResolution() {
    when(tickets.workHeadline(NUMBER))
        .thenReturn(
            new WorkContext(
                NUMBER,
                "Printer on fire",
                "d",
                "r",
                "P1",
                "NEW",
                "2026-11-22T10:00:00+08:00",
                "2026-11-22T12:00:00+08:00",
                ""));
    when(tickets.workQueued(NUMBER, "tier1", 1)).thenReturn(Optional.of("mary"));

    listener.notify(task);

    verify(task).setName(NUMBER + " · P1 · Printer on fire");
    verify(task)
        .setDescription(
            NUMBER + " · P1 · Printer on fire (resolution due 2026-11-22T12:00:00+08:00)");
    verify(task).setPriority(100);
    verify(task)
        .setDueDate(Date.from(OffsetDateTime.parse("2026-11-22T12:00:00+08:00").toInstant()));
  }

  @Test
  void theFormsContextIsNotCopiedIntoTheTask() {
    when(tickets.workQueued(NUMBER, "tier1", 1)).thenReturn(Optional.of("mary"));

    listener.notify(task);

    verify(task, never()).setVariablesLocal(any());
    verify(task, never()).setVariableLocal(any(), any());
    verify(tickets, never()).workContext(any(), any());
  }

  @Test
  void longTitleIsShortenedInTheNameAndNoDueDateWithoutResolutionTarget() {
    String title = "x".repeat(120);
    when(tickets.workHeadline(NUMBER))
        .thenReturn(new WorkContext(NUMBER, title, "d", "r", "P9", "NEW", "", "", ""));
    when(tickets.workQueued(NUMBER, "tier1", 1)).thenReturn(Optional.of("mary"));

    listener.notify(task);

    verify(task).setName(NUMBER + " · P9 · " + "x".repeat(79) + "…");
    verify(task).setPriority(50);
    verify(task, never()).setDueDate(any());
  }
}
