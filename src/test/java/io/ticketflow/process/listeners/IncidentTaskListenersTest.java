package io.ticketflow.process.listeners;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.EmergencyResponse;
import io.ticketflow.process.ProcessModel.Vars;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentTaskListenersTest {

  private static final String NUMBER = "MI20261122-0001";

  private final IncidentService incidents = mock(IncidentService.class);
  private final ProcessActors actors = mock(ProcessActors.class);
  private final DelegateTask task = mock(DelegateTask.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final Incident incident = mock(Incident.class);

  @BeforeEach
  void openTask() {
    when(task.getVariable(Vars.INCIDENT_NUMBER)).thenReturn(NUMBER);
    when(task.getExecution()).thenReturn(execution);
    when(incidents.get(NUMBER)).thenReturn(incident);
    when(incident.getTitle()).thenReturn("Checkout fails");
    when(incident.getDescription()).thenReturn(Optional.empty());
    when(actors.current()).thenReturn("megan");
  }

  @Test
  void openedTaskShowsTheIncidentTitleAndDescription() {
    new IncidentTaskCreatedListener(incidents).notify(task);

    verify(task)
        .setVariablesLocal(
            Variables.createVariables()
                .putValue(Vars.INCIDENT_TITLE, "Checkout fails")
                .putValue(Vars.INCIDENT_DESCRIPTION, ""));
    verify(task).setDescription("Checkout fails");
  }

  @Test
  void drillIsMarkedInTheTaskList() {
    when(incident.isDrill()).thenReturn(true);

    new IncidentTaskCreatedListener(incidents).notify(task);

    verify(task).setDescription("[DRILL] Checkout fails");
  }

  @Test
  void assigneeIsTheAgentWhoDidTheTask() {
    when(task.getTaskDefinitionKey()).thenReturn(EmergencyResponse.FIX);
    when(task.getAssignee()).thenReturn("eric");

    new IncidentTaskCompletedListener(actors).notify(task);

    verify(execution).setVariable(Vars.AGENT, "eric");
  }

  @Test
  void unclaimedTaskWasDoneByTheUserCompletingIt() {
    when(task.getTaskDefinitionKey()).thenReturn(EmergencyResponse.ACKNOWLEDGE);
    when(task.getVariable(Vars.ACKNOWLEDGEMENT_CONFIRMED)).thenReturn(true);

    new IncidentTaskCompletedListener(actors).notify(task);

    verify(execution).setVariable(Vars.AGENT, "megan");
  }

  @Test
  void acknowledgementWithoutConfirmationIsRefusedAndTheTaskStaysOpen() {
    when(task.getTaskDefinitionKey()).thenReturn(EmergencyResponse.ACKNOWLEDGE);
    when(task.getVariable(Vars.ACKNOWLEDGEMENT_CONFIRMED)).thenReturn(false);

    assertThatThrownBy(() -> new IncidentTaskCompletedListener(actors).notify(task))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(Vars.ACKNOWLEDGEMENT_CONFIRMED);
    verify(execution, never()).setVariable(any(), any());
  }
}
