package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinitionQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.EmergencyResponse;
import io.ticketflow.process.ProcessModel.Forms;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.FieldError;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * Scope test of {@code emergency-response}: the real model and forms, mocked delegates and
 * listeners, the engine's clock moved to fire the timers.
 */
@Deployment(
    resources = {
      "bpmn/emergency-response.bpmn",
      "forms/declare-incident.form",
      "forms/acknowledge-incident.form",
      "forms/investigate-incident.form",
      "forms/fix-incident.form",
      "forms/review-incident.form"
    })
class EmergencyResponseProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  private static final String NUMBER = "MI20261122-0001";
  private static final String TEAM = "emergency";
  private static final Instant DECLARED_AT = Instant.parse("2026-11-22T02:00:00Z");
  private static final Instant ACKNOWLEDGE_DUE_AT = DECLARED_AT.plus(Duration.ofMinutes(30));
  private static final Instant FIX_DUE_AT = DECLARED_AT.plus(Duration.ofHours(4));
  private static final Duration STATUS_UPDATE_INTERVAL = Duration.ofMinutes(30);

  private final JavaDelegate registerIncident = mock(JavaDelegate.class);
  private final JavaDelegate pageEmergencyTeam = mock(JavaDelegate.class);
  private final JavaDelegate sendIncidentNotifications = mock(JavaDelegate.class);
  private final JavaDelegate escalateAcknowledgement = mock(JavaDelegate.class);
  private final JavaDelegate recordAcknowledgement = mock(JavaDelegate.class);
  private final JavaDelegate recordWorkaround = mock(JavaDelegate.class);
  private final JavaDelegate recordIncidentResolution = mock(JavaDelegate.class);
  private final JavaDelegate escalateFix = mock(JavaDelegate.class);
  private final JavaDelegate sendStatusUpdate = mock(JavaDelegate.class);
  private final JavaDelegate proposeResolution = mock(JavaDelegate.class);
  private final JavaDelegate resolveLinkedTickets = mock(JavaDelegate.class);
  private final JavaDelegate recordReview = mock(JavaDelegate.class);
  private final JavaDelegate closeIncident = mock(JavaDelegate.class);
  private final TaskListener incidentTaskCreated = mock(TaskListener.class);
  private final TaskListener incidentTaskCompleted = mock(TaskListener.class);

  /** When each status update ran, by the engine's clock. */
  private final List<Instant> statusUpdatesAt = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(DECLARED_AT));

    doAnswer(
            invocation -> {
              statusUpdatesAt.add(ClockUtil.getCurrentTime().toInstant());
              return null;
            })
        .when(sendStatusUpdate)
        .execute(any());

    Mocks.register(Beans.REGISTER_INCIDENT, registerIncident);
    Mocks.register(Beans.PAGE_EMERGENCY_TEAM, pageEmergencyTeam);
    Mocks.register(Beans.SEND_INCIDENT_NOTIFICATIONS, sendIncidentNotifications);
    Mocks.register(Beans.ESCALATE_ACKNOWLEDGEMENT, escalateAcknowledgement);
    Mocks.register(Beans.RECORD_ACKNOWLEDGEMENT, recordAcknowledgement);
    Mocks.register(Beans.RECORD_WORKAROUND, recordWorkaround);
    Mocks.register(Beans.RECORD_INCIDENT_RESOLUTION, recordIncidentResolution);
    Mocks.register(Beans.ESCALATE_FIX, escalateFix);
    Mocks.register(Beans.SEND_STATUS_UPDATE, sendStatusUpdate);
    Mocks.register(Beans.PROPOSE_RESOLUTION, proposeResolution);
    Mocks.register(Beans.RESOLVE_LINKED_TICKETS, resolveLinkedTickets);
    Mocks.register(Beans.RECORD_REVIEW, recordReview);
    Mocks.register(Beans.CLOSE_INCIDENT, closeIncident);
    Mocks.register(Beans.INCIDENT_TASK_CREATED, incidentTaskCreated);
    Mocks.register(Beans.INCIDENT_TASK_COMPLETED, incidentTaskCompleted);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  // declaring ///////////////////////////////////////////////////////////////////////////////

  @Test
  void incidentDeclaredByTheApplicationIsPagedAsynchronouslyAndRegisteredOnlyOnce()
      throws Exception {
    ProcessInstance incident = declare(false);

    assertThat(incident)
        .hasPassedInOrder(EmergencyResponse.START_EVENT, EmergencyResponse.REGISTER_INCIDENT)
        .isWaitingAt(EmergencyResponse.PAGE_TEAM);
    Assertions.assertThat(incident.getBusinessKey()).isEqualTo(NUMBER);
    verify(registerIncident).execute(any());
    verifyNoInteractions(pageEmergencyTeam);

    execute(job(EmergencyResponse.PAGE_TEAM, incident));

    verify(pageEmergencyTeam).execute(any());
    assertThat(incident)
        .hasPassedInOrder(
            EmergencyResponse.RESTORE_SERVICE_START,
            EmergencyResponse.PAGE_TEAM,
            EmergencyResponse.FORK_PAGE)
        .isWaitingAt(EmergencyResponse.ACKNOWLEDGE, EmergencyResponse.SEND_PAGE);
    verifyNoInteractions(sendIncidentNotifications);
  }

  @Test
  void pageIsSentOnItsOwnBranchWhileTheAcknowledgementWaitsForTheTeam() throws Exception {
    ProcessInstance incident = declare(false);
    execute(job(EmergencyResponse.PAGE_TEAM, incident));

    execute(job(EmergencyResponse.SEND_PAGE, incident));

    verify(sendIncidentNotifications).execute(any());
    assertThat(incident)
        .hasPassedInOrder(EmergencyResponse.SEND_PAGE, EmergencyResponse.PAGE_SENT)
        .isWaitingAt(EmergencyResponse.ACKNOWLEDGE)
        .isNotWaitingAt(EmergencyResponse.SEND_PAGE);
  }

  @Test
  void incidentDeclaredWithTheStartFormIsRegisteredAndTakesTheIncidentNumberAsBusinessKey()
      throws Exception {
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              execution.setProcessBusinessKey(NUMBER);
              execution.setVariables(responseVariables(false));
              return null;
            })
        .when(registerIncident)
        .execute(any());
    identityService().setAuthenticatedUserId("megan");

    ProcessInstance incident =
        formService()
            .submitStartForm(
                definitionId(),
                withVariables(
                    Vars.INCIDENT_TITLE, "Checkout fails for all customers",
                    Vars.CATEGORY, "SYSTEM_FAULT",
                    Vars.SUBCATEGORY, "SOFTWARE_BUG",
                    Vars.DRILL, false));

    Assertions.assertThat(processInstanceQuery().processInstanceId(incident.getId()).singleResult())
        .extracting(ProcessInstance::getBusinessKey)
        .isEqualTo(NUMBER);
    assertThat(incident)
        .isWaitingAt(EmergencyResponse.PAGE_TEAM)
        .variables()
        .containsEntry(Vars.DECLARED_BY, "megan")
        .containsEntry(Vars.INCIDENT_NUMBER, NUMBER)
        .containsEntry(Vars.ACKNOWLEDGE_DUE_AT, ACKNOWLEDGE_DUE_AT.toString());
    Assertions.assertThat(job(EmergencyResponse.ACKNOWLEDGEMENT_OVERDUE, incident)).isNull();
    Assertions.assertThat(job(EmergencyResponse.FIX_OVERDUE, incident).getDuedate())
        .isEqualTo(Date.from(FIX_DUE_AT));
  }

  @Test
  void startFormIsTheDeclareIncidentForm() throws Exception {
    CamundaFormRef formRef = formService().getStartFormData(definitionId()).getCamundaFormRef();

    Assertions.assertThat(formRef.getKey()).isEqualTo(Forms.DECLARE_INCIDENT);
    Assertions.assertThat(formRef.getBinding()).isEqualTo("deployment");
    try (InputStream form = formService().getDeployedStartForm(definitionId())) {
      Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"" + Forms.DECLARE_INCIDENT + "\"");
    }
  }

  @Test
  void refusedStartFormLeavesNoInstanceBehind() throws Exception {
    doThrow(
            new FormFieldValidationException(
                List.of(new FieldError(Vars.CATEGORY, "unknown value PRINTER")),
                "category: unknown value PRINTER"))
        .when(registerIncident)
        .execute(any());

    assertThatThrownBy(
            () ->
                formService()
                    .submitStartForm(
                        definitionId(),
                        withVariables(
                            Vars.INCIDENT_TITLE, "Printer on fire", Vars.CATEGORY, "PRINTER")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("category");

    Assertions.assertThat(
            processInstanceQuery().processDefinitionKey(EmergencyResponse.KEY).count())
        .isZero();
    Assertions.assertThat(jobQuery().count()).isZero();
  }

  // acknowledgement /////////////////////////////////////////////////////////////////////////

  @Test
  void acknowledgementIsOfferedToTheEmergencyTeamWithItsForm() throws Exception {
    ProcessInstance incident = declareAndPage(false);

    Task task = task(incident);
    assertThat(task)
        .hasDefinitionKey(EmergencyResponse.ACKNOWLEDGE)
        .hasName("Acknowledge incident " + NUMBER)
        .hasCandidateGroup(TEAM)
        .isNotAssigned();
    assertFormOf(task, Forms.ACKNOWLEDGE_INCIDENT);
    verify(incidentTaskCreated).notify(any());
    Assertions.assertThat(job(EmergencyResponse.ACKNOWLEDGEMENT_OVERDUE, incident).getDuedate())
        .isEqualTo(Date.from(ACKNOWLEDGE_DUE_AT));
  }

  @Test
  void acknowledgementInTimeIsRecordedAndLeavesNothingToEscalate() throws Exception {
    ProcessInstance incident = declareAndPage(false);

    acknowledge(incident);

    assertThat(incident)
        .hasPassedInOrder(EmergencyResponse.ACKNOWLEDGE, EmergencyResponse.RECORD_ACKNOWLEDGEMENT)
        .isWaitingAt(EmergencyResponse.INVESTIGATE)
        .hasNotPassed(EmergencyResponse.ACKNOWLEDGEMENT_OVERDUE);
    InOrder order = inOrder(incidentTaskCompleted, recordAcknowledgement);
    order.verify(incidentTaskCompleted).notify(any());
    order.verify(recordAcknowledgement).execute(any());
    Assertions.assertThat(
            jobQuery()
                .processInstanceId(incident.getId())
                .activityId(EmergencyResponse.ACKNOWLEDGEMENT_OVERDUE)
                .count())
        .isZero();
    verify(escalateAcknowledgement, never()).execute(any());
  }

  @Test
  void missedAcknowledgementAlertsTheManagersAndTheTaskStaysOpen() throws Exception {
    ProcessInstance incident = declareAndPage(false);
    String openTask = task(incident).getId();

    fire(job(EmergencyResponse.ACKNOWLEDGEMENT_OVERDUE, incident));
    verify(escalateAcknowledgement, never()).execute(any());
    execute(job(EmergencyResponse.ESCALATE_ACKNOWLEDGEMENT, incident));

    verify(escalateAcknowledgement).execute(any());
    assertThat(incident)
        .hasPassedInOrder(
            EmergencyResponse.ACKNOWLEDGEMENT_OVERDUE,
            EmergencyResponse.ESCALATE_ACKNOWLEDGEMENT,
            EmergencyResponse.ACKNOWLEDGEMENT_ESCALATED)
        .isWaitingAt(EmergencyResponse.ACKNOWLEDGE);
    Assertions.assertThat(task(incident).getId()).isEqualTo(openTask);

    acknowledge(incident);
    assertThat(incident).isWaitingAt(EmergencyResponse.INVESTIGATE);
  }

  // investigation and fix ///////////////////////////////////////////////////////////////////

  @Test
  void workaroundAndResolutionAreRecordedFromTheirForms() throws Exception {
    ProcessInstance incident = declareAndPage(false);
    acknowledge(incident);

    assertThat(task(incident)).hasName("Investigate incident " + NUMBER).hasCandidateGroup(TEAM);
    assertFormOf(task(incident), Forms.INVESTIGATE_INCIDENT);
    giveWorkaround(incident);
    assertThat(incident)
        .hasPassed(EmergencyResponse.RECORD_WORKAROUND)
        .isWaitingAt(EmergencyResponse.FIX)
        .variables()
        .containsEntry(Vars.WORKAROUND, "Payments switched to the standby provider.")
        .containsEntry(Vars.STATUS_NOTE, "Checkout works again; card payments may be slower.");
    verify(recordWorkaround).execute(any());

    assertThat(task(incident)).hasName("Fix incident " + NUMBER).hasCandidateGroup(TEAM);
    assertFormOf(task(incident), Forms.FIX_INCIDENT);
    fix(incident);
    verify(recordIncidentResolution).execute(any());
    assertThat(incident)
        .hasPassedInOrder(
            EmergencyResponse.FIX,
            EmergencyResponse.RECORD_RESOLUTION,
            EmergencyResponse.SERVICE_RESTORED,
            EmergencyResponse.DRILL)
        .variables()
        .containsEntry(Vars.RESOLUTION, "Rolled back the faulty payment gateway release.");
    verify(incidentTaskCreated, times(3)).notify(any());
    verify(incidentTaskCompleted, times(3)).notify(any());
  }

  @Test
  void fixStillMissingAfterFourHoursAlertsManagementWhileTheWorkGoesOn() throws Exception {
    ProcessInstance incident = declareAndPage(false);
    acknowledge(incident);
    giveWorkaround(incident);

    Job fixOverdue = job(EmergencyResponse.FIX_OVERDUE, incident);
    Assertions.assertThat(fixOverdue.getDuedate()).isEqualTo(Date.from(FIX_DUE_AT));
    fire(fixOverdue);
    execute(job(EmergencyResponse.ESCALATE_FIX, incident));

    verify(escalateFix).execute(any());
    assertThat(incident)
        .hasPassedInOrder(
            EmergencyResponse.FIX_OVERDUE,
            EmergencyResponse.ESCALATE_FIX,
            EmergencyResponse.MANAGEMENT_ALERTED)
        .isWaitingAt(EmergencyResponse.FIX);
    Assertions.assertThat(job(EmergencyResponse.FIX_OVERDUE, incident)).isNull();

    fix(incident);
    assertThat(incident).hasPassed(EmergencyResponse.SERVICE_RESTORED);
  }

  // status updates and monitoring ///////////////////////////////////////////////////////////

  @Test
  void statusUpdatesGoOutEveryIntervalUntilTheServiceIsRestored() throws Exception {
    ProcessInstance incident = declareAndPage(false);

    for (int round = 1; round <= 3; round++) {
      Job due = job(EmergencyResponse.STATUS_UPDATE_DUE, incident);
      Assertions.assertThat(due.getDuedate())
          .as("round " + round)
          .isEqualTo(Date.from(DECLARED_AT.plus(STATUS_UPDATE_INTERVAL.multipliedBy(round))));
      fire(due);
      execute(job(EmergencyResponse.SEND_STATUS_UPDATE, incident));
      if (round == 1) {
        acknowledge(incident);
      } else if (round == 2) {
        giveWorkaround(incident);
      }
    }

    verify(sendStatusUpdate, times(3)).execute(any());
    Assertions.assertThat(statusUpdatesAt).hasSize(3);
    assertThat(incident)
        .hasPassedInOrder(
            EmergencyResponse.STATUS_UPDATE_DUE,
            EmergencyResponse.SEND_STATUS_UPDATE,
            EmergencyResponse.STATUS_UPDATE_SENT)
        .isWaitingAt(EmergencyResponse.FIX);
    Assertions.assertThat(job(EmergencyResponse.STATUS_UPDATE_DUE, incident).getDuedate())
        .isEqualTo(Date.from(DECLARED_AT.plus(STATUS_UPDATE_INTERVAL.multipliedBy(4))));

    fix(incident);

    Assertions.assertThat(jobQuery().processInstanceId(incident.getId()).timers().list())
        .as("no timer of the response outlives the restored service")
        .isEmpty();
    verify(sendStatusUpdate, times(3)).execute(any());
  }

  @Test
  void recoveryReportedByMonitoringProposesResolutionWithoutEndingTheWork() throws Exception {
    ProcessInstance incident = declareAndPage(false);
    acknowledge(incident);

    new EmergencyResponseProcess(runtimeService(), mock(IncidentService.class))
        .alertRecovered(NUMBER);
    verify(proposeResolution, never()).execute(any());
    execute(job(EmergencyResponse.PROPOSE_RESOLUTION, incident));

    verify(proposeResolution).execute(any());
    assertThat(incident)
        .hasPassedInOrder(
            EmergencyResponse.ALERT_RECOVERED,
            EmergencyResponse.PROPOSE_RESOLUTION,
            EmergencyResponse.RESOLUTION_PROPOSED)
        .isWaitingAt(EmergencyResponse.INVESTIGATE);

    giveWorkaround(incident);
    fix(incident);
    new EmergencyResponseProcess(runtimeService(), mock(IncidentService.class))
        .alertRecovered(NUMBER);
    Assertions.assertThat(
            jobQuery()
                .processInstanceId(incident.getId())
                .activityId(EmergencyResponse.PROPOSE_RESOLUTION)
                .count())
        .as("a recovery after the service was restored is not passed on")
        .isZero();
  }

  // after the service is restored ///////////////////////////////////////////////////////////

  @Test
  void realIncidentResolvesItsLinkedTicketsThenIsReviewedAndClosed() throws Exception {
    ProcessInstance incident = declareAndPage(false);
    restoreService(incident);

    assertThat(incident)
        .hasPassedInOrder(EmergencyResponse.SERVICE_RESTORED, EmergencyResponse.DRILL)
        .isWaitingAt(EmergencyResponse.RESOLVE_LINKED_TICKETS);
    execute(job(EmergencyResponse.RESOLVE_LINKED_TICKETS, incident));
    verify(resolveLinkedTickets).execute(any());
    assertThat(incident)
        .hasPassedInOrder(EmergencyResponse.RESOLVE_LINKED_TICKETS, EmergencyResponse.JOIN_DRILL)
        .isWaitingAt(EmergencyResponse.REVIEW);

    Task review = task(incident);
    assertThat(review)
        .hasName("Review incident " + NUMBER)
        .hasCandidateGroup(TEAM)
        .hasCandidateGroup("managers");
    assertFormOf(review, Forms.REVIEW_INCIDENT);
    review(incident);

    assertThat(incident)
        .isEnded()
        .hasPassedInOrder(
            EmergencyResponse.REVIEW,
            EmergencyResponse.RECORD_REVIEW,
            EmergencyResponse.CLOSE_INCIDENT,
            EmergencyResponse.INCIDENT_CLOSED);
    InOrder order = inOrder(resolveLinkedTickets, recordReview, closeIncident);
    order.verify(resolveLinkedTickets).execute(any());
    order.verify(recordReview).execute(any());
    order.verify(closeIncident).execute(any());
  }

  @Test
  void drillGoesStraightToTheReviewAndChangesNoTicket() throws Exception {
    ProcessInstance incident = declareAndPage(true);
    restoreService(incident);

    assertThat(incident)
        .hasPassedInOrder(
            EmergencyResponse.SERVICE_RESTORED,
            EmergencyResponse.DRILL,
            EmergencyResponse.JOIN_DRILL)
        .isWaitingAt(EmergencyResponse.REVIEW)
        .hasNotPassed(EmergencyResponse.RESOLVE_LINKED_TICKETS);

    review(incident);

    assertThat(incident).isEnded().hasPassed(EmergencyResponse.INCIDENT_CLOSED);
    verify(resolveLinkedTickets, never()).execute(any());
    verify(closeIncident).execute(any());
  }

  // helpers /////////////////////////////////////////////////////////////////////////////////

  /** Starts the response as the application does for an incident it declared. */
  private ProcessInstance declare(boolean drill) {
    return runtimeService()
        .startProcessInstanceByKey(EmergencyResponse.KEY, NUMBER, responseVariables(drill));
  }

  private ProcessInstance declareAndPage(boolean drill) {
    ProcessInstance incident = declare(drill);
    execute(job(EmergencyResponse.PAGE_TEAM, incident));
    for (Job send :
        jobQuery()
            .processInstanceId(incident.getId())
            .activityId(EmergencyResponse.SEND_PAGE)
            .list()) {
      execute(send);
    }
    return incident;
  }

  /** The variables {@link EmergencyResponseProcess#variables} gives an incident. */
  private static VariableMap responseVariables(boolean drill) {
    return Variables.createVariables()
        .putValue(Vars.INCIDENT_NUMBER, NUMBER)
        .putValue(Vars.DRILL, drill)
        .putValue(Vars.ACKNOWLEDGE_DUE_AT, ACKNOWLEDGE_DUE_AT.toString())
        .putValue(Vars.FIX_DUE_AT, FIX_DUE_AT.toString())
        .putValue(Vars.STATUS_UPDATE_CYCLE, "R/" + STATUS_UPDATE_INTERVAL);
  }

  private void acknowledge(ProcessInstance incident) {
    assertThat(incident).isWaitingAt(EmergencyResponse.ACKNOWLEDGE);
    complete(task(incident), withVariables(Vars.ACKNOWLEDGEMENT_CONFIRMED, true));
  }

  private void giveWorkaround(ProcessInstance incident) {
    assertThat(incident).isWaitingAt(EmergencyResponse.INVESTIGATE);
    complete(
        task(incident),
        withVariables(
            Vars.WORKAROUND,
            "Payments switched to the standby provider.",
            Vars.STATUS_NOTE,
            "Checkout works again; card payments may be slower."));
  }

  private void fix(ProcessInstance incident) {
    assertThat(incident).isWaitingAt(EmergencyResponse.FIX);
    complete(
        task(incident),
        withVariables(Vars.RESOLUTION, "Rolled back the faulty payment gateway release."));
  }

  private void restoreService(ProcessInstance incident) {
    acknowledge(incident);
    giveWorkaround(incident);
    fix(incident);
  }

  private void review(ProcessInstance incident) {
    complete(
        task(incident),
        withVariables(
            Vars.REVIEW_TIMELINE,
            "02:00 declared, 02:10 acknowledged, 02:40 workaround, 05:00 fixed",
            Vars.ROOT_CAUSE,
            "A gateway release without the new certificate",
            Vars.CORRECTIVE_ACTIONS,
            "Check certificates in the release pipeline — Oscar\nAlert on gateway errors — Amy"));
  }

  private static String definitionId() {
    return processDefinitionQuery()
        .processDefinitionKey(EmergencyResponse.KEY)
        .latestVersion()
        .singleResult()
        .getId();
  }

  private static void assertFormOf(Task task, String formKey) throws Exception {
    CamundaFormRef formRef =
        taskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef();
    Assertions.assertThat(formRef.getKey()).isEqualTo(formKey);
    Assertions.assertThat(formRef.getBinding()).isEqualTo("deployment");
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"" + formKey + "\"");
    }
  }

  /** Moves the clock just past the timer's due date, checks it is then due, and runs it. */
  private static void fire(Job timer) {
    Assertions.assertThat(jobQuery().jobId(timer.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    Assertions.assertThat(jobQuery().jobId(timer.getId()).executable().count()).isOne();
    execute(timer);
  }
}
