package io.ticketflow.process.delegates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.InvalidTicketRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordWorkaroundDelegateTest {

  private static final String NUMBER = "MI20261122-0001";

  private final IncidentService incidents = mock(IncidentService.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final RecordWorkaroundDelegate delegate = new RecordWorkaroundDelegate(incidents);

  @BeforeEach
  void answered() {
    when(execution.getVariable(Vars.INCIDENT_NUMBER)).thenReturn(NUMBER);
    when(execution.getVariable(Vars.AGENT)).thenReturn("eric");
    when(execution.getVariable(Vars.WORKAROUND)).thenReturn("Standby provider");
  }

  @Test
  void workaroundAloneIsWhatRequestersHearNext() {
    when(execution.getVariable(Vars.STATUS_NOTE)).thenReturn(" ");

    delegate.execute(execution);

    verify(incidents).giveWorkaround(NUMBER, "Standby provider", "eric");
    verify(incidents, never()).noteStatus(any(), any(), any());
  }

  @Test
  void statusNoteReplacesItForTheRequesters() {
    when(execution.getVariable(Vars.STATUS_NOTE)).thenReturn("Checkout works again.");

    delegate.execute(execution);

    verify(incidents).giveWorkaround(NUMBER, "Standby provider", "eric");
    verify(incidents).noteStatus(NUMBER, "Checkout works again.", "eric");
  }

  @Test
  void blankWorkaroundIsRefusedAsFormInput() {
    doThrow(new InvalidTicketRequestException("workaround", "must not be blank"))
        .when(incidents)
        .giveWorkaround(any(), any(), any());

    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("workaround: must not be blank");
  }
}
