package io.ticketflow.process.delegates;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Vars;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckMajorIncidentDelegateTest {

  private static final String NUMBER = "TS20261122-0001";

  private final IncidentService incidents = mock(IncidentService.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final CheckMajorIncidentDelegate delegate = new CheckMajorIncidentDelegate(incidents);

  @BeforeEach
  void triagedTicket() {
    when(execution.getVariable(Vars.TICKET_NUMBER)).thenReturn(NUMBER);
  }

  @Test
  void ticketIsHandedToTheIncidentServiceByItsNumber() {
    when(incidents.considerTicket(NUMBER)).thenReturn(Optional.of(mock(Incident.class)));

    delegate.execute(execution);

    verify(incidents).considerTicket(NUMBER);
    verifyNoMoreInteractions(incidents);
  }

  @Test
  void ticketThatIsNoMajorIncidentLeavesNothingInTheProcess() {
    when(incidents.considerTicket(NUMBER)).thenReturn(Optional.empty());

    delegate.execute(execution);

    verify(incidents).considerTicket(NUMBER);
    verify(execution).getVariable(Vars.TICKET_NUMBER);
    verifyNoMoreInteractions(execution);
  }
}
