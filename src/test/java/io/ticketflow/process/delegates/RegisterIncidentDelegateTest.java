package io.ticketflow.process.delegates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentDeclaration;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.incident.IncidentSource;
import io.ticketflow.process.EmergencyResponseProcess;
import io.ticketflow.process.ProcessActors;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.Subcategory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RegisterIncidentDelegateTest {

  private static final String NUMBER = "MI20261122-0001";
  private static final String INSTANCE = "instance-1";

  private final IncidentService incidents = mock(IncidentService.class);
  private final EmergencyResponseProcess process = mock(EmergencyResponseProcess.class);
  private final ProcessActors actors = mock(ProcessActors.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final Map<String, Object> form = new HashMap<>();
  private final RegisterIncidentDelegate delegate =
      new RegisterIncidentDelegate(incidents, process, actors);

  @BeforeEach
  void startForm() {
    when(execution.getVariable(anyString())).thenAnswer(i -> form.get(i.<String>getArgument(0)));
    when(execution.getProcessInstanceId()).thenReturn(INSTANCE);
    when(actors.current()).thenReturn("system");
    form.put(Vars.INCIDENT_TITLE, "  Checkout fails for all customers ");
    form.put(Vars.INCIDENT_DESCRIPTION, "Since 02:00, every payment.");
    form.put(Vars.CATEGORY, "SYSTEM_FAULT");
    form.put(Vars.SUBCATEGORY, "SOFTWARE_BUG");
    form.put(Vars.DRILL, true);
    form.put(Vars.DECLARED_BY, "megan");
  }

  @Test
  void instanceStartedByTheApplicationIsLeftAsItIs() {
    form.put(Vars.INCIDENT_NUMBER, NUMBER);

    delegate.execute(execution);

    verifyNoInteractions(incidents, process);
    verify(execution, never()).setProcessBusinessKey(any());
  }

  @Test
  void startFormDeclarationIsRegisteredAndTheInstanceTakesItsNumberAndTimers() {
    Incident incident = registered();
    VariableMap timers = Variables.createVariables().putValue(Vars.INCIDENT_NUMBER, NUMBER);
    when(process.variables(incident)).thenReturn(timers);

    delegate.execute(execution);

    ArgumentCaptor<IncidentDeclaration> declaration =
        ArgumentCaptor.forClass(IncidentDeclaration.class);
    verify(incidents).register(declaration.capture(), eq("megan"), eq(INSTANCE));
    assertThat(declaration.getValue())
        .isEqualTo(
            new IncidentDeclaration(
                "Checkout fails for all customers",
                "Since 02:00, every payment.",
                Category.SYSTEM_FAULT,
                Subcategory.SOFTWARE_BUG,
                IncidentSource.MANAGER,
                true,
                null,
                null,
                List.of()));
    verify(execution).setProcessBusinessKey(NUMBER);
    verify(execution).setVariables(timers);
  }

  @Test
  void optionalFieldsMayBeLeftOutAndWithoutInitiatorTheCurrentActorDeclares() {
    form.remove(Vars.INCIDENT_DESCRIPTION);
    form.put(Vars.SUBCATEGORY, "");
    form.remove(Vars.DRILL);
    form.remove(Vars.DECLARED_BY);
    registered();

    delegate.execute(execution);

    ArgumentCaptor<IncidentDeclaration> declaration =
        ArgumentCaptor.forClass(IncidentDeclaration.class);
    verify(incidents).register(declaration.capture(), eq("system"), eq(INSTANCE));
    assertThat(declaration.getValue().description()).isNull();
    assertThat(declaration.getValue().subcategory()).isNull();
    assertThat(declaration.getValue().drill()).isFalse();
  }

  @Test
  void unknownCategoryIsRefusedAsFormInputAndNothingIsRegistered() {
    form.put(Vars.CATEGORY, "PRINTER");

    assertRefused(new FieldError(Vars.CATEGORY, "unknown value PRINTER"));
  }

  @Test
  void everyMissingOrWrongFieldIsNamedAtOnce() {
    form.put(Vars.INCIDENT_TITLE, " ");
    form.remove(Vars.CATEGORY);
    form.put(Vars.SUBCATEGORY, "TOASTER");
    form.put(Vars.INCIDENT_DESCRIPTION, "x".repeat(IncidentService.MAX_TEXT + 1));

    assertRefused(
        new FieldError(Vars.INCIDENT_TITLE, "must not be blank"),
        new FieldError(Vars.INCIDENT_DESCRIPTION, "at most 4000 characters"),
        new FieldError(Vars.CATEGORY, "must be chosen"),
        new FieldError(Vars.SUBCATEGORY, "unknown value TOASTER"));
  }

  @Test
  void subcategoryOfAnotherCategoryAndOverlongTitleAreRefused() {
    form.put(Vars.INCIDENT_TITLE, "t".repeat(IncidentService.MAX_TITLE + 1));
    form.put(Vars.SUBCATEGORY, "HOW_TO");

    assertRefused(
        new FieldError(Vars.INCIDENT_TITLE, "at most 200 characters"),
        new FieldError(Vars.SUBCATEGORY, "HOW_TO is not of SYSTEM_FAULT"));
  }

  @Test
  void refusalOfTheIncidentStoreIsShownOnTheFormToo() {
    when(incidents.register(any(), any(), any()))
        .thenThrow(new InvalidTicketRequestException("linkTickets", "no ticket TS1"));

    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("linkTickets: no ticket TS1");
    verify(execution, never()).setProcessBusinessKey(any());
  }

  private Incident registered() {
    Incident incident = mock(Incident.class);
    when(incident.getNumber()).thenReturn(NUMBER);
    when(incidents.register(any(), any(), any())).thenReturn(incident);
    return incident;
  }

  private void assertRefused(FieldError... errors) {
    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOfSatisfying(
            FormFieldValidationException.class,
            refused -> assertThat(refused.<List<FieldError>>getDetail()).containsExactly(errors));
    verifyNoInteractions(incidents);
    verify(execution, never()).setProcessBusinessKey(any());
  }
}
