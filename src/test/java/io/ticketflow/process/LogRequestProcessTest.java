package io.ticketflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Forms;
import io.ticketflow.process.ProcessModel.LogRequest;
import io.ticketflow.process.ProcessModel.Vars;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scope test of {@code log-request}: the start form's answers are checked at the start event, the
 * ticket is opened by the agent who started it, and the business key becomes its number.
 */
@org.camunda.bpm.engine.test.Deployment(
    resources = {"bpmn/log-request.bpmn", "forms/log-request.form"})
class LogRequestProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  private static final String AGENT = "mary";
  private static final String TICKET_NUMBER = "TS20261122-0042";

  private final ExecutionListener checkLoggedRequest = mock(ExecutionListener.class);
  private final JavaDelegate openTicket = mock(JavaDelegate.class);
  private final Map<String, Object> seenByOpenTicket = new HashMap<>();

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(extension.getProcessEngine());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              seenByOpenTicket.putAll(execution.getVariables());
              execution.setVariable(Vars.TICKET_NUMBER, TICKET_NUMBER);
              execution.setProcessBusinessKey(TICKET_NUMBER);
              return null;
            })
        .when(openTicket)
        .execute(any());
    Mocks.register(Beans.CHECK_LOGGED_REQUEST, checkLoggedRequest);
    Mocks.register(Beans.OPEN_TICKET, openTicket);
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    Mocks.reset();
  }

  @Test
  void agentLogsAPhoneRequestAndTheNewTicketNumberBecomesTheBusinessKey() throws Exception {
    ProcessInstance instance = submitStartForm(phoneCall());

    assertThat(instance)
        .hasPassedInOrder(LogRequest.START_EVENT, LogRequest.OPEN_TICKET, LogRequest.TICKET_OPENED)
        .isEnded();
    verify(checkLoggedRequest).notify(any());
    Assertions.assertThat(seenByOpenTicket)
        .containsEntry(Vars.LOGGED_BY, AGENT)
        .containsEntry(Vars.CHANNEL, "PHONE")
        .containsEntry(Vars.REQUESTER_PHONE, "+86 138 0013 5678");
    Assertions.assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getBusinessKey())
        .isEqualTo(TICKET_NUMBER);
  }

  @Test
  void refusedAnswersStartNothingAndOpenNoTicket() throws Exception {
    doThrow(new FormFieldValidationException(Vars.SUBCATEGORY, "not of the category"))
        .when(checkLoggedRequest)
        .notify(any());

    Assertions.assertThatThrownBy(() -> submitStartForm(phoneCall()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("not of the category");

    verify(openTicket, never()).execute(any());
    Assertions.assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(LogRequest.KEY)
                .count())
        .isZero();
  }

  @Test
  void startEventOffersTheLogRequestFormFromItsOwnDeployment() {
    String definition = definitionId();
    Assertions.assertThat(formService().getStartFormKey(definition)).isNull();
    Assertions.assertThat(formService().getStartFormData(definition).getCamundaFormRef().getKey())
        .isEqualTo(Forms.LOG_REQUEST);
    Assertions.assertThat(
            formService().getStartFormData(definition).getCamundaFormRef().getBinding())
        .isEqualTo("deployment");
  }

  private ProcessInstance submitStartForm(Map<String, Object> answers) {
    identityService().setAuthenticatedUserId(AGENT);
    return formService().submitStartForm(definitionId(), answers);
  }

  private static String definitionId() {
    return repositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(LogRequest.KEY)
        .latestVersion()
        .singleResult()
        .getId();
  }

  private static Map<String, Object> phoneCall() {
    Map<String, Object> answers = new HashMap<>();
    answers.put(Vars.REQUESTER_NAME, "Zhang San");
    answers.put(Vars.REQUESTER_PHONE, "+86 138 0013 5678");
    answers.put(Vars.CHANNEL, "PHONE");
    answers.put(Vars.CATEGORY, "SYSTEM_FAULT");
    answers.put(Vars.SUBCATEGORY, "LOGIN_FAILURE");
    answers.put(Vars.URGENCY, "IMPORTANT");
    answers.put(Vars.IMPACT, "INDIVIDUAL");
    answers.put(Vars.TICKET_TITLE, "Cannot log in to OA");
    answers.put(
        Vars.TICKET_DESCRIPTION, "Since 08:30, 'account locked' after the password change.");
    return answers;
  }
}
