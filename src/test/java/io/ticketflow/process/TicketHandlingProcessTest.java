package io.ticketflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Decisions;
import io.ticketflow.process.ProcessModel.Forms;
import io.ticketflow.process.ProcessModel.Messages;
import io.ticketflow.process.ProcessModel.Outcomes;
import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.process.ProcessModel.TieredSupport;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.EscalationReason;
import io.ticketflow.ticket.TitleFlags;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * Scope test of {@code ticket-handling}: the real decisions, mocked delegates, and a stand-in for
 * the called {@code tiered-support} whose single user task lets the test choose the work outcome.
 */
@org.camunda.bpm.engine.test.Deployment(
    resources = {
      "bpmn/ticket-handling.bpmn",
      "dmn/ticket-priority.dmn",
      "dmn/sla-targets.dmn",
      "dmn/ticket-routing.dmn"
    })
class TicketHandlingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder()
          .excludeProcessDefinitionKeys(TieredSupport.KEY)
          .assertClassCoverageAtLeast(1.0)
          .build();

  private static final String TICKET_NUMBER = "TS20261122-0001";
  private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
  private static final Instant SUBMITTED_AT = Instant.parse("2026-11-22T01:00:00Z");

  /** Due times Record triage sets for an urgent ticket: warnings at 80 % of each target. */
  private static final SlaDueTimes TRIAGED =
      new SlaDueTimes(
          SUBMITTED_AT.plus(Duration.ofMinutes(24)),
          SUBMITTED_AT.plus(Duration.ofMinutes(30)),
          SUBMITTED_AT.plus(Duration.ofMinutes(96)),
          SUBMITTED_AT.plus(Duration.ofHours(2)));

  /** What the incident's resolution carries to the ticket (see IncidentService). */
  private static final String INCIDENT_RESOLUTION =
      "Resolved together with major incident MI20261122-0001 (Checkout fails):\n"
          + "Rolled back the payment gateway release.";

  private static final String INCIDENT_LEAD = "incident.lead";

  /** The ticket a duplicate is merged into, and who merged it. */
  private static final String MASTER_NUMBER = "TS20261122-0002";

  private static final String MERGED_BY = "mary";

  /** How long the ticket waits for the requester in the tests that pause the clock. */
  private static final Duration WAITED = Duration.ofHours(5);

  /** How long a closed ticket is kept before it is archived, as Close ticket sets it. */
  private static final Duration RETENTION = Duration.ofDays(30);

  /** Due times Resume SLA clock sets after the wait: each moved by the time spent waiting. */
  private static final SlaDueTimes RESUMED = TRIAGED.movedBy(WAITED);

  private final JavaDelegate acknowledgeReceipt = mock(JavaDelegate.class);
  private final JavaDelegate recordTriage = mock(JavaDelegate.class);
  private final JavaDelegate warnResponseDue = mock(JavaDelegate.class);
  private final JavaDelegate warnResolutionDue = mock(JavaDelegate.class);
  private final JavaDelegate checkUpdateDue = mock(JavaDelegate.class);
  private final JavaDelegate recordResponseBreach = mock(JavaDelegate.class);
  private final JavaDelegate recordResolutionBreach = mock(JavaDelegate.class);
  private final JavaDelegate requestEscalation = mock(JavaDelegate.class);
  private final JavaDelegate pauseSlaClock = mock(JavaDelegate.class);
  private final JavaDelegate resumeSlaClock = mock(JavaDelegate.class);
  private final JavaDelegate requestConfirmation = mock(JavaDelegate.class);
  private final JavaDelegate reopenTicket = mock(JavaDelegate.class);
  private final JavaDelegate closeTicket = mock(JavaDelegate.class);
  private final JavaDelegate requestSurvey = mock(JavaDelegate.class);
  private final JavaDelegate archiveTicket = mock(JavaDelegate.class);
  private final JavaDelegate checkMajorIncident = mock(JavaDelegate.class);
  private final JavaDelegate recordResolution = mock(JavaDelegate.class);

  /** What Record triage saw when it ran: the decisions' outputs it stores on the ticket. */
  private final Map<String, Object> seenByRecordTriage = new HashMap<>();

  /** The escalation reason each Request escalation step saw in its own scope. */
  private final List<Object> escalationReasonsRequested = new ArrayList<>();

  /** The ticket numbers the major incident check was given, in order. */
  private final List<Object> checkedForMajorIncident = new ArrayList<>();

  /** The variables each Record resolution step saw, in the process it ran in. */
  private final List<Map<String, Object>> seenByRecordResolution = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT));

    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              seenByRecordTriage.putAll(execution.getVariables());
              TRIAGED.setOn(execution);
              return null;
            })
        .when(recordTriage)
        .execute(any());
    doAnswer(
            invocation -> {
              RESUMED.setOn(invocation.getArgument(0));
              return null;
            })
        .when(resumeSlaClock)
        .execute(any());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              escalationReasonsRequested.add(execution.getVariableLocal(Vars.ESCALATION_REASON));
              return null;
            })
        .when(requestEscalation)
        .execute(any());

    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              checkedForMajorIncident.add(execution.getVariable(Vars.TICKET_NUMBER));
              return null;
            })
        .when(checkMajorIncident)
        .execute(any());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              seenByRecordResolution.add(execution.getVariables());
              return null;
            })
        .when(recordResolution)
        .execute(any());

    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              execution.setVariable(Vars.ARCHIVE_AFTER, RETENTION.toString());
              return null;
            })
        .when(closeTicket)
        .execute(any());

    Mocks.register(Beans.ACKNOWLEDGE_RECEIPT, acknowledgeReceipt);
    Mocks.register(Beans.RECORD_TRIAGE, recordTriage);
    Mocks.register(Beans.WARN_RESPONSE_DUE, warnResponseDue);
    Mocks.register(Beans.WARN_RESOLUTION_DUE, warnResolutionDue);
    Mocks.register(Beans.CHECK_UPDATE_DUE, checkUpdateDue);
    Mocks.register(Beans.RECORD_RESPONSE_BREACH, recordResponseBreach);
    Mocks.register(Beans.RECORD_RESOLUTION_BREACH, recordResolutionBreach);
    Mocks.register(Beans.REQUEST_ESCALATION, requestEscalation);
    Mocks.register(Beans.PAUSE_SLA_CLOCK, pauseSlaClock);
    Mocks.register(Beans.RESUME_SLA_CLOCK, resumeSlaClock);
    Mocks.register(Beans.REQUEST_CONFIRMATION, requestConfirmation);
    Mocks.register(Beans.REOPEN_TICKET, reopenTicket);
    Mocks.register(Beans.CLOSE_TICKET, closeTicket);
    Mocks.register(Beans.REQUEST_SURVEY, requestSurvey);
    Mocks.register(Beans.ARCHIVE_TICKET, archiveTicket);
    Mocks.register(Beans.CHECK_MAJOR_INCIDENT, checkMajorIncident);
    Mocks.register(Beans.RECORD_RESOLUTION, recordResolution);

    deployTieredSupportStandIn();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  // triage ////////////////////////////////////////////////////////////////////////////////

  @Test
  void urgentCompanyWideBugIsAcknowledgedTriagedAsP1AndHandedToApplicationSpecialists()
      throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    assertThat(ticket)
        .isWaitingAt(TicketHandling.WORK_TICKET)
        .hasPassedInOrder(
            TicketHandling.START_EVENT,
            TicketHandling.ACKNOWLEDGE_RECEIPT,
            TicketHandling.DECIDE_PRIORITY,
            TicketHandling.DETERMINE_SLA_TARGETS,
            TicketHandling.ROUTE_TICKET,
            TicketHandling.RECORD_TRIAGE);
    assertThat(ticket)
        .variables()
        .containsEntry(Vars.PRIORITY, "P1")
        .containsEntry(Vars.FIRST_RESPONSE_TARGET, "PT30M")
        .containsEntry(Vars.RESOLUTION_TARGET, "PT2H")
        .containsEntry(Vars.UPDATE_TARGET, "PT1H")
        .containsEntry(Vars.CALENDAR, "24x7")
        .containsEntry(Vars.CANDIDATE_GROUP, "applications")
        .containsEntry(Vars.TIER, 2)
        .doesNotContainKey(DecisionEvaluationUtil.DECISION_RESULT_VARIABLE);
    Assertions.assertThat(seenByRecordTriage)
        .containsEntry(Vars.PRIORITY, "P1")
        .containsEntry(Vars.FIRST_RESPONSE_TARGET, "PT30M")
        .containsEntry(Vars.CANDIDATE_GROUP, "applications")
        .containsEntry(Vars.TIER, 2);

    InOrder order = inOrder(acknowledgeReceipt, recordTriage);
    order.verify(acknowledgeReceipt).execute(any());
    order.verify(recordTriage).execute(any());
  }

  @Test
  void routineHowToQuestionIsTriagedAsP4ForTheServiceDeskOnBusinessHours() {
    ProcessInstance ticket =
        submit("NORMAL", "INDIVIDUAL", "OPERATION_GUIDANCE", "HOW_TO", "how to export a report");

    assertThat(ticket).isWaitingAt(TicketHandling.WORK_TICKET);
    assertThat(ticket)
        .variables()
        .containsEntry(Vars.PRIORITY, "P4")
        .containsEntry(Vars.FIRST_RESPONSE_TARGET, "PT4H")
        .containsEntry(Vars.RESOLUTION_TARGET, "PT24H")
        .containsEntry(Vars.UPDATE_TARGET, "PT8H")
        .containsEntry(Vars.CALENDAR, "business-hours")
        .containsEntry(Vars.CANDIDATE_GROUP, "tier1")
        .containsEntry(Vars.TIER, 1);
  }

  @Test
  void workIsCalledWithTheTicketNumberAsBusinessKeyAndTheTriageResult() {
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    ProcessInstance work = calledProcessInstance(TieredSupport.KEY, ticket);
    Assertions.assertThat(work.getBusinessKey()).isEqualTo(TICKET_NUMBER);
    assertThat(work)
        .variables()
        .containsEntry(Vars.TICKET_NUMBER, TICKET_NUMBER)
        .containsEntry(Vars.CATEGORY, "SYSTEM_FAULT")
        .containsEntry(Vars.SUBCATEGORY, "SOFTWARE_BUG")
        .containsEntry(Vars.CANDIDATE_GROUP, "applications")
        .containsEntry(Vars.TIER, 2)
        // the work reads the ticket from the store; it gets only what its gateways, decisions and
        // task assignment read
        .doesNotContainKeys(
            Vars.PRIORITY,
            Vars.MENTIONS_PASSWORD,
            Vars.URGENCY,
            Vars.IMPACT,
            Vars.FIRST_RESPONSE_DUE_AT,
            Vars.FIRST_RESPONSE_WARNING_AT);
  }

  @Test
  void requestersTransactionEndsAfterTheTriageAndTheWorkIsQueuedInAJobAfterIt() throws Exception {
    ProcessInstance ticket = start(urgentCompanyWideBug());

    // what the requester's answer carries is decided and recorded in the start's transaction...
    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.ACKNOWLEDGE_RECEIPT,
            TicketHandling.DECIDE_PRIORITY,
            TicketHandling.DETERMINE_SLA_TARGETS,
            TicketHandling.ROUTE_TICKET,
            TicketHandling.RECORD_TRIAGE)
        .hasNotPassed(TicketHandling.CHECK_MAJOR_INCIDENT);
    assertThat(ticket).variables().containsEntry(Vars.PRIORITY, "P1");
    verify(acknowledgeReceipt).execute(any());
    verify(recordTriage).execute(any());
    // ...the work and the major incident check wait for the job after its commit
    Assertions.assertThat(workInstances()).isZero();
    verify(checkMajorIncident, never()).execute(any());
    Job queueWork = job(TicketHandling.RECORD_TRIAGE, ticket);
    Assertions.assertThat(queueWork.getRetries()).isEqualTo(10);

    execute(queueWork);

    assertThat(ticket)
        .isWaitingAt(TicketHandling.WORK_TICKET)
        .hasPassed(TicketHandling.CHECK_MAJOR_INCIDENT, TicketHandling.MAJOR_INCIDENT_CHECKED);
    Assertions.assertThat(checkedForMajorIncident).containsExactly(TICKET_NUMBER);
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .isWaitingAt(TieredSupport.WORK_TICKET);
    // no job is left: the ticket's process waits only for people and its SLA timers
    Assertions.assertThat(jobQuery().processInstanceId(ticket.getId()).messages().count()).isZero();
  }

  @Test
  void failedMajorIncidentCheckIsRetriedWithTheQueueingOfTheWork() throws Exception {
    doThrow(new IllegalStateException("incident store unavailable"))
        .when(checkMajorIncident)
        .execute(any());
    ProcessInstance ticket = start(urgentCompanyWideBug());

    Job queueWork = job(TicketHandling.RECORD_TRIAGE, ticket);
    Assertions.assertThatThrownBy(() -> managementService().executeJob(queueWork.getId()))
        .hasMessageContaining("incident store unavailable");

    Job retry = job(TicketHandling.RECORD_TRIAGE, ticket);
    Assertions.assertThat(retry.getRetries()).isEqualTo(9);
    Assertions.assertThat(retry.getDuedate())
        .isEqualTo(Date.from(SUBMITTED_AT.plus(Duration.ofMinutes(1))));
    // the job rolled back whole: no half-queued work, the triage stays recorded
    Assertions.assertThat(workInstances()).isZero();
    assertThat(ticket).hasNotPassed(TicketHandling.MAJOR_INCIDENT_CHECKED);
    assertThat(ticket).variables().containsEntry(Vars.PRIORITY, "P1");

    doAnswer(invocation -> null).when(checkMajorIncident).execute(any());
    execute(retry);
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .isWaitingAt(TieredSupport.WORK_TICKET);
  }

  // resolved: confirmation and closing ////////////////////////////////////////////////////

  @Test
  void resolvedTicketAsksTheRequesterToConfirmAndWaitsForNothingElse() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    finishWork(ticket, Outcomes.RESOLVED);

    assertThat(ticket)
        .hasPassedInOrder(TicketHandling.OUTCOME, TicketHandling.REQUEST_CONFIRMATION)
        .isWaitingAt(TicketHandling.REQUESTER_ANSWER)
        .hasNotPassed(TicketHandling.PAUSE_SLA_CLOCK);
    verify(requestConfirmation).execute(any());
    // the answer is all it waits for: a confirmation at once races no step of the process
    Assertions.assertThat(runtimeService().getActiveActivityIds(ticket.getId()))
        .containsExactly(TicketHandling.REQUESTER_ANSWER);
    Assertions.assertThat(jobQuery().processInstanceId(ticket.getId()).messages().count()).isZero();
  }

  @Test
  void confirmedTicketIsClosedAndTheSurveyRequested() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.RESOLVED);

    requesterAnswers(true);

    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.CONFIRMATION_RECEIVED,
            TicketHandling.SOLVED,
            TicketHandling.CLOSE_TICKET)
        .isWaitingAt(TicketHandling.RETENTION_OVER)
        .hasNotPassed(
            TicketHandling.REOPEN_TICKET,
            TicketHandling.CUSTOMER_REPLIED,
            TicketHandling.CONFIRMATION_TIMED_OUT);
    verify(closeTicket).execute(any());
    verify(reopenTicket, never()).execute(any());
    assertThat(ticket).hasPassedInOrder(TicketHandling.CLOSE_TICKET, TicketHandling.REQUEST_SURVEY);
    InOrder order = inOrder(closeTicket, requestSurvey);
    order.verify(closeTicket).execute(any());
    order.verify(requestSurvey).execute(any());
  }

  @Test
  void closedTicketIsArchivedOnceTheRetentionPeriodIsOver() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.RESOLVED);
    requesterAnswers(true);
    Instant closedAt = ClockUtil.getCurrentTime().toInstant();

    Job retention = job(TicketHandling.RETENTION_OVER, ticket);
    Assertions.assertThat(retention.getDuedate().toInstant())
        .isBetween(closedAt.plus(RETENTION), closedAt.plus(RETENTION).plusSeconds(1));
    verify(archiveTicket, never()).execute(any());
    fire(retention);

    assertThat(ticket)
        .isEnded()
        .hasPassedInOrder(
            TicketHandling.RETENTION_OVER,
            TicketHandling.ARCHIVE_TICKET,
            TicketHandling.TICKET_ARCHIVED);
    verify(archiveTicket).execute(any());
  }

  @Test
  void requesterSaysNotSolvedSoTicketIsReopenedAndWorkedAgain() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.RESOLVED);

    requesterAnswers(false);

    assertThat(ticket)
        .hasPassed(TicketHandling.REOPEN_TICKET)
        .isWaitingAt(TicketHandling.WORK_TICKET)
        .hasNotPassed(TicketHandling.CLOSE_TICKET);
    verify(reopenTicket).execute(any());
    verify(closeTicket, never()).execute(any());
    Assertions.assertThat(slaTimerDueDates(ticket)).isEqualTo(TRIAGED.asTimerDueDates());

    finishWork(ticket, Outcomes.RESOLVED);
    requesterAnswers(true);

    assertThat(ticket)
        .isWaitingAt(TicketHandling.RETENTION_OVER)
        .hasPassed(TicketHandling.REQUEST_SURVEY);
    verify(requestConfirmation, times(2)).execute(any());
    verify(closeTicket).execute(any());
  }

  @Test
  void ticketIsClosedWhenRequesterDoesNotAnswerWithinThreeDays() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.RESOLVED);

    Job noAnswer = job(TicketHandling.CONFIRMATION_TIMED_OUT, ticket);
    Assertions.assertThat(noAnswer.getDuedate())
        .isEqualTo(Date.from(SUBMITTED_AT.plus(Duration.ofDays(3))));
    fire(noAnswer);

    assertThat(ticket)
        .hasPassedInOrder(TicketHandling.CONFIRMATION_TIMED_OUT, TicketHandling.CLOSE_TICKET)
        .hasNotPassed(TicketHandling.CONFIRMATION_RECEIVED, TicketHandling.SOLVED);
    verify(closeTicket).execute(any());
    assertThat(ticket)
        .isWaitingAt(TicketHandling.RETENTION_OVER)
        .hasPassed(TicketHandling.REQUEST_SURVEY);
  }

  // waiting for the customer: the SLA clock pauses //////////////////////////////////////////

  @Test
  void ticketWaitingForTheCustomerPausesTheSlaClockAndWaitsWithNoJobLeft() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    Assertions.assertThat(slaTimerDueDates(ticket)).isEqualTo(TRIAGED.asTimerDueDates());

    finishWork(ticket, Outcomes.WAIT_FOR_CUSTOMER);

    assertThat(ticket)
        .hasPassedInOrder(TicketHandling.OUTCOME, TicketHandling.PAUSE_SLA_CLOCK)
        .isWaitingAt(TicketHandling.WHILE_WAITING)
        .hasNotPassed(TicketHandling.REQUEST_CONFIRMATION, TicketHandling.RESUME_SLA_CLOCK);
    verify(pauseSlaClock).execute(any());
    verify(requestConfirmation, never()).execute(any());
    Assertions.assertThat(jobQuery().processInstanceId(ticket.getId()).count()).isZero();
    verify(resumeSlaClock, never()).execute(any());
  }

  @Test
  void customerReplyResumesTheClockAndTheTimersComeBackAtTheMovedDueTimes() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.WAIT_FOR_CUSTOMER);
    ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT.plus(WAITED)));

    customerReplies();

    assertThat(ticket)
        .hasPassedInOrder(TicketHandling.CUSTOMER_REPLIED, TicketHandling.RESUME_SLA_CLOCK)
        .hasNotPassed(TicketHandling.INCIDENT_RESOLVED, TicketHandling.RECORD_INCIDENT_RESOLUTION)
        .isWaitingAt(TicketHandling.WORK_TICKET);
    InOrder order = inOrder(pauseSlaClock, resumeSlaClock);
    order.verify(pauseSlaClock).execute(any());
    order.verify(resumeSlaClock).execute(any());
    Assertions.assertThat(slaTimerDueDates(ticket)).isEqualTo(RESUMED.asTimerDueDates());
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .isWaitingAt(TieredSupport.WORK_TICKET);

    finishWork(ticket, Outcomes.RESOLVED);
    assertThat(ticket).isWaitingAt(TicketHandling.REQUESTER_ANSWER);
    verify(requestConfirmation).execute(any());
  }

  @Test
  void groupAndTierChangedDuringWorkCarryOverWhenWorkResumes() {
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    complete(
        task(calledProcessInstance(TieredSupport.KEY, ticket)),
        withVariables(
            Vars.OUTCOME, Outcomes.WAIT_FOR_CUSTOMER, Vars.CANDIDATE_GROUP, "tier3", Vars.TIER, 3));
    customerReplies();

    assertThat(ticket)
        .variables()
        .containsEntry(Vars.CANDIDATE_GROUP, "tier3")
        .containsEntry(Vars.TIER, 3);
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .variables()
        .containsEntry(Vars.CANDIDATE_GROUP, "tier3")
        .containsEntry(Vars.TIER, 3);
  }

  // work moved up a tier from outside: the called process ends without an outcome //////////

  @Test
  void workEndingWithoutOutcomeIsCalledAgainForTheGroupItWasMovedTo() {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    ProcessInstance firstWork = calledProcessInstance(TieredSupport.KEY, ticket);

    workMovedTo(ticket, "tier3", 3);

    assertThat(firstWork).isEnded();
    assertThat(ticket)
        .isWaitingAt(TicketHandling.WORK_TICKET)
        .hasPassed(TicketHandling.OUTCOME)
        .hasNotPassed(TicketHandling.REQUEST_CONFIRMATION, TicketHandling.PAUSE_SLA_CLOCK);
    ProcessInstance secondWork = calledProcessInstance(TieredSupport.KEY, ticket);
    Assertions.assertThat(secondWork.getId()).isNotEqualTo(firstWork.getId());
    assertThat(secondWork)
        .isWaitingAt(TieredSupport.WORK_TICKET)
        .variables()
        .containsEntry(Vars.CANDIDATE_GROUP, "tier3")
        .containsEntry(Vars.TIER, 3);
    Assertions.assertThat(slaTimerDueDates(ticket)).isEqualTo(TRIAGED.asTimerDueDates());
  }

  @Test
  void outcomeOfAnEarlierRoundDoesNotSteerWorkThatEndsWithoutOutcome() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.WAIT_FOR_CUSTOMER);
    customerReplies();

    workMovedTo(ticket, "tier3", 3);

    assertThat(ticket)
        .isWaitingAt(TicketHandling.WORK_TICKET)
        .isNotWaitingAt(TicketHandling.WHILE_WAITING)
        .variables()
        .containsEntry(Vars.OUTCOME, null);
    verify(pauseSlaClock, times(1)).execute(any());
    Assertions.assertThat(processInstanceQuery().processDefinitionKey(TieredSupport.KEY).count())
        .isEqualTo(1);
  }

  // resolved with the ticket's major incident ///////////////////////////////////////////////

  /**
   * With the real {@code tiered-support}: the incident's resolution, sent as the application sends
   * it, ends the work resolved, and the requester is asked to confirm as after any resolution.
   */
  @Test
  void incidentResolvedWhileTheTicketIsWorkedEndsTheWorkResolvedAndAsksTheRequesterToConfirm()
      throws Exception {
    deployRealTieredSupport();
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    ProcessInstance work = calledProcessInstance(TieredSupport.KEY, ticket);

    boolean received =
        process().resolveWithIncident(TICKET_NUMBER, INCIDENT_RESOLUTION, INCIDENT_LEAD);

    Assertions.assertThat(received).isTrue();
    assertThat(work)
        .isEnded()
        .hasPassedInOrder(
            TieredSupport.INCIDENT_RESOLVED_START,
            TieredSupport.RECORD_INCIDENT_RESOLUTION,
            TieredSupport.RESOLVED_WITH_INCIDENT)
        .hasNotPassed(TieredSupport.OUTCOME);
    Assertions.assertThat(seenByRecordResolution)
        .singleElement()
        .satisfies(
            seen ->
                Assertions.assertThat(seen)
                    .containsEntry(Vars.TICKET_NUMBER, TICKET_NUMBER)
                    .containsEntry(Vars.RESOLUTION, INCIDENT_RESOLUTION)
                    .containsEntry(Vars.AGENT, INCIDENT_LEAD));
    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.WORK_TICKET, TicketHandling.OUTCOME, TicketHandling.REQUEST_CONFIRMATION)
        .hasNotPassed(
            TicketHandling.PAUSE_SLA_CLOCK,
            TicketHandling.INCIDENT_RESOLVED,
            TicketHandling.RECORD_INCIDENT_RESOLUTION)
        .isWaitingAt(TicketHandling.REQUESTER_ANSWER)
        .variables()
        .containsEntry(Vars.OUTCOME, Outcomes.RESOLVED);
    InOrder order = inOrder(recordResolution, requestConfirmation);
    order.verify(recordResolution).execute(any());
    order.verify(requestConfirmation).execute(any());
    Assertions.assertThat(slaTimerDueDates(ticket)).isEmpty();
  }

  @Test
  void incidentResolvedWhileWaitingForTheRequesterEndsThePauseRecordsTheResolutionAndAsksToConfirm()
      throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.WAIT_FOR_CUSTOMER);
    assertThat(ticket).isWaitingAt(TicketHandling.WHILE_WAITING);
    ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT.plus(WAITED)));

    boolean received =
        process().resolveWithIncident(TICKET_NUMBER, INCIDENT_RESOLUTION, INCIDENT_LEAD);

    Assertions.assertThat(received).isTrue();
    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.PAUSE_SLA_CLOCK,
            TicketHandling.WHILE_WAITING,
            TicketHandling.INCIDENT_RESOLVED,
            TicketHandling.RESUME_SLA_CLOCK_ON_INCIDENT,
            TicketHandling.RECORD_INCIDENT_RESOLUTION,
            TicketHandling.REQUEST_CONFIRMATION)
        .hasNotPassed(TicketHandling.CUSTOMER_REPLIED, TicketHandling.RESUME_SLA_CLOCK)
        .isWaitingAt(TicketHandling.REQUESTER_ANSWER)
        .isNotWaitingAt(TicketHandling.WHILE_WAITING)
        .variables()
        .containsEntry(Vars.OUTCOME, Outcomes.RESOLVED)
        .containsEntry(Vars.RESOLUTION, INCIDENT_RESOLUTION)
        .containsEntry(Vars.AGENT, INCIDENT_LEAD);
    InOrder order = inOrder(pauseSlaClock, resumeSlaClock, recordResolution, requestConfirmation);
    order.verify(pauseSlaClock).execute(any());
    order.verify(resumeSlaClock).execute(any());
    order.verify(recordResolution).execute(any());
    order.verify(requestConfirmation).execute(any());
    Assertions.assertThat(seenByRecordResolution)
        .singleElement()
        .satisfies(
            seen ->
                Assertions.assertThat(seen)
                    .containsEntry(Vars.TICKET_NUMBER, TICKET_NUMBER)
                    .containsEntry(Vars.RESOLUTION, INCIDENT_RESOLUTION)
                    .containsEntry(Vars.AGENT, INCIDENT_LEAD));
    Assertions.assertThat(processInstanceQuery().processDefinitionKey(TieredSupport.KEY).count())
        .isZero();
    assertThat(ticket).isWaitingAt(TicketHandling.REQUESTER_ANSWER);
  }

  @Test
  void ticketReopenedAfterItsIncidentResolvedItWhileWaitingIsWorkedOnTheMovedDueTimes() {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.WAIT_FOR_CUSTOMER);
    ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT.plus(WAITED)));
    process().resolveWithIncident(TICKET_NUMBER, INCIDENT_RESOLUTION, INCIDENT_LEAD);

    requesterAnswers(false);

    assertThat(ticket)
        .hasPassedInOrder(TicketHandling.RECORD_INCIDENT_RESOLUTION, TicketHandling.REOPEN_TICKET)
        .isWaitingAt(TicketHandling.WORK_TICKET);
    Assertions.assertThat(slaTimerDueDates(ticket)).isEqualTo(RESUMED.asTimerDueDates());
  }

  @Test
  void incidentResolvedWhenNothingWaitsForItLeavesTheTicketAsItIs() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.RESOLVED);

    boolean received =
        process().resolveWithIncident(TICKET_NUMBER, INCIDENT_RESOLUTION, INCIDENT_LEAD);

    Assertions.assertThat(received).isFalse();
    assertThat(ticket)
        .isWaitingAt(TicketHandling.REQUESTER_ANSWER)
        .hasNotPassed(TicketHandling.INCIDENT_RESOLVED)
        .variables()
        .doesNotContainKey(Vars.RESOLUTION);
    verify(recordResolution, never()).execute(any());
    verify(requestConfirmation, times(1)).execute(any());
  }

  // update target: a reminder every cycle while the work goes on ////////////////////////////

  @Test
  void updateDueRemindsTheAgentsEveryUpdateTargetWhileWorkGoesOn() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    Job firstCycle = job(TicketHandling.UPDATE_DUE, ticket);
    Assertions.assertThat(firstCycle.getDuedate())
        .isEqualTo(Date.from(SUBMITTED_AT.plus(Duration.ofHours(1))));

    fire(firstCycle);
    verify(checkUpdateDue, never()).execute(any());
    execute(job(TicketHandling.CHECK_UPDATE_DUE, ticket));
    verify(checkUpdateDue).execute(any());

    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.UPDATE_DUE,
            TicketHandling.CHECK_UPDATE_DUE,
            TicketHandling.UPDATE_REMINDER_SENT)
        .isWaitingAt(TicketHandling.WORK_TICKET);
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .isWaitingAt(TieredSupport.WORK_TICKET);

    Job secondCycle = job(TicketHandling.UPDATE_DUE, ticket);
    Assertions.assertThat(secondCycle.getId()).isNotEqualTo(firstCycle.getId());
    Assertions.assertThat(secondCycle.getDuedate())
        .isEqualTo(Date.from(SUBMITTED_AT.plus(Duration.ofHours(2))));
    fire(secondCycle);
    execute(job(TicketHandling.CHECK_UPDATE_DUE, ticket));

    verify(checkUpdateDue, times(2)).execute(any());
    assertThat(ticket).isWaitingAt(TicketHandling.WORK_TICKET);
    Assertions.assertThat(
            jobQuery()
                .processInstanceId(ticket.getId())
                .activityId(TicketHandling.UPDATE_DUE)
                .count())
        .isOne();
  }

  @Test
  void updateCycleStopsWhileTheTicketWaitsForTheRequesterAndStartsAgainOnTheReply()
      throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.WAIT_FOR_CUSTOMER);

    Assertions.assertThat(
            jobQuery()
                .processInstanceId(ticket.getId())
                .activityId(TicketHandling.UPDATE_DUE)
                .count())
        .isZero();

    Instant repliedAt = SUBMITTED_AT.plus(WAITED);
    ClockUtil.setCurrentTime(Date.from(repliedAt));
    customerReplies();

    Assertions.assertThat(job(TicketHandling.UPDATE_DUE, ticket).getDuedate())
        .isEqualTo(Date.from(repliedAt.plus(Duration.ofHours(1))));
    verify(checkUpdateDue, never()).execute(any());
  }

  // SLA warnings ////////////////////////////////////////////////////////////////////////////

  @Test
  void responseSlaNearlyDueWarnsTheAgentsWhileWorkGoesOn() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    fire(job(TicketHandling.RESPONSE_SLA_WARNING, ticket));
    verify(warnResponseDue, never()).execute(any());
    execute(job(TicketHandling.WARN_RESPONSE_DUE, ticket));
    verify(warnResponseDue).execute(any());

    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.RESPONSE_SLA_WARNING,
            TicketHandling.WARN_RESPONSE_DUE,
            TicketHandling.RESPONSE_WARNING_SENT)
        .isWaitingAt(TicketHandling.WORK_TICKET);
    verify(warnResolutionDue, never()).execute(any());
    Assertions.assertThat(slaTimerDueDates(ticket))
        .doesNotContainKey(TicketHandling.RESPONSE_SLA_WARNING)
        .containsKeys(
            TicketHandling.RESPONSE_SLA_BREACHED,
            TicketHandling.RESOLUTION_SLA_WARNING,
            TicketHandling.RESOLUTION_SLA_BREACHED);
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .isWaitingAt(TieredSupport.WORK_TICKET);
  }

  @Test
  void resolutionSlaNearlyDueWarnsTheAgentsWhileWorkGoesOn() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    fire(job(TicketHandling.RESOLUTION_SLA_WARNING, ticket));
    execute(job(TicketHandling.WARN_RESOLUTION_DUE, ticket));

    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.RESOLUTION_SLA_WARNING,
            TicketHandling.WARN_RESOLUTION_DUE,
            TicketHandling.RESOLUTION_WARNING_SENT)
        .isWaitingAt(TicketHandling.WORK_TICKET);
    verify(warnResolutionDue).execute(any());
    verify(warnResponseDue, never()).execute(any());
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .isWaitingAt(TieredSupport.WORK_TICKET);
  }

  // SLA breaches ////////////////////////////////////////////////////////////////////////////

  @Test
  void unansweredTicketPastItsResponseSlaRequestsEscalationForTimeout() throws Exception {
    breachRecordedAs(recordResponseBreach, true);
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    fire(job(TicketHandling.RESPONSE_SLA_BREACHED, ticket));
    verify(recordResponseBreach, never()).execute(any());
    execute(job(TicketHandling.RECORD_RESPONSE_BREACH, ticket));

    verify(recordResponseBreach).execute(any());
    Assertions.assertThat(escalationReasonsRequested)
        .containsExactly(EscalationReason.TIMEOUT.name());
    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.RESPONSE_SLA_BREACHED,
            TicketHandling.RECORD_RESPONSE_BREACH,
            TicketHandling.RESPONSE_BREACH_ESCALATES,
            TicketHandling.REQUEST_RESPONSE_ESCALATION)
        .isWaitingAt(TicketHandling.WORK_TICKET)
        .variables()
        .doesNotContainKey(Vars.ESCALATION_REASON);

    assertThat(ticket)
        .hasPassed(TicketHandling.RESPONSE_BREACH_ESCALATED)
        .hasNotPassed(TicketHandling.RESPONSE_BREACH_RECORDED)
        .isWaitingAt(TicketHandling.WORK_TICKET);
    verify(recordResolutionBreach, never()).execute(any());
  }

  @Test
  void responseSlaBreachThatNeedsNoEscalationIsOnlyRecorded() throws Exception {
    breachRecordedAs(recordResponseBreach, false);
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    fire(job(TicketHandling.RESPONSE_SLA_BREACHED, ticket));
    execute(job(TicketHandling.RECORD_RESPONSE_BREACH, ticket));

    verify(recordResponseBreach).execute(any());
    verify(requestEscalation, never()).execute(any());
    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.RECORD_RESPONSE_BREACH,
            TicketHandling.RESPONSE_BREACH_ESCALATES,
            TicketHandling.RESPONSE_BREACH_RECORDED)
        .hasNotPassed(
            TicketHandling.REQUEST_RESPONSE_ESCALATION, TicketHandling.RESPONSE_BREACH_ESCALATED)
        .isWaitingAt(TicketHandling.WORK_TICKET);

    finishWork(ticket, Outcomes.RESOLVED);
    assertThat(ticket).isWaitingAt(TicketHandling.REQUESTER_ANSWER);
  }

  @Test
  void unresolvedTicketPastItsResolutionSlaRequestsEscalationForTimeout() throws Exception {
    breachRecordedAs(recordResolutionBreach, true);
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    fire(job(TicketHandling.RESOLUTION_SLA_BREACHED, ticket));
    execute(job(TicketHandling.RECORD_RESOLUTION_BREACH, ticket));

    verify(recordResolutionBreach).execute(any());
    Assertions.assertThat(escalationReasonsRequested)
        .containsExactly(EscalationReason.TIMEOUT.name());
    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.RESOLUTION_SLA_BREACHED,
            TicketHandling.RECORD_RESOLUTION_BREACH,
            TicketHandling.RESOLUTION_BREACH_ESCALATES,
            TicketHandling.REQUEST_RESOLUTION_ESCALATION)
        .isWaitingAt(TicketHandling.WORK_TICKET);

    assertThat(ticket)
        .hasPassed(TicketHandling.RESOLUTION_BREACH_ESCALATED)
        .hasNotPassed(TicketHandling.RESOLUTION_BREACH_RECORDED)
        .isWaitingAt(TicketHandling.WORK_TICKET);
    verify(recordResponseBreach, never()).execute(any());
  }

  @Test
  void resolutionSlaBreachThatNeedsNoEscalationIsOnlyRecorded() throws Exception {
    breachRecordedAs(recordResolutionBreach, false);
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    fire(job(TicketHandling.RESOLUTION_SLA_BREACHED, ticket));
    execute(job(TicketHandling.RECORD_RESOLUTION_BREACH, ticket));

    verify(requestEscalation, never()).execute(any());
    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.RECORD_RESOLUTION_BREACH,
            TicketHandling.RESOLUTION_BREACH_ESCALATES,
            TicketHandling.RESOLUTION_BREACH_RECORDED)
        .hasNotPassed(
            TicketHandling.REQUEST_RESOLUTION_ESCALATION,
            TicketHandling.RESOLUTION_BREACH_ESCALATED)
        .isWaitingAt(TicketHandling.WORK_TICKET);
  }

  @Test
  void slaTimersStopOnceTheSolutionIsGiven() {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    Assertions.assertThat(slaTimerDueDates(ticket)).hasSize(4);

    finishWork(ticket, Outcomes.RESOLVED);

    Assertions.assertThat(slaTimerDueDates(ticket)).isEmpty();
    Assertions.assertThat(jobQuery().processInstanceId(ticket.getId()).timers().list())
        .singleElement()
        .extracting(Job::getJobDefinitionId)
        .isEqualTo(job(TicketHandling.CONFIRMATION_TIMED_OUT, ticket).getJobDefinitionId());
  }

  // merged into another ticket: the handling ends wherever it stands ////////////////////////////

  /**
   * With the real {@code tiered-support}: the merge, sent as the application sends it, ends the
   * work, its task and every SLA timer, and the handling itself, which waits for nothing more.
   */
  @Test
  void ticketMergedWhileWorkedEndsTheWorkItsTimersAndTheHandling() throws Exception {
    deployRealTieredSupport();
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    ProcessInstance work = calledProcessInstance(TieredSupport.KEY, ticket);
    Assertions.assertThat(slaTimerDueDates(ticket)).hasSize(4);

    boolean received = process().ticketMerged(TICKET_NUMBER, MASTER_NUMBER, MERGED_BY);

    Assertions.assertThat(received).isTrue();
    assertThat(ticket)
        .isEnded()
        .hasPassedInOrder(
            TicketHandling.TICKET_MERGED_START, TicketHandling.HANDLING_ENDED_AS_MERGED)
        .hasNotPassed(TicketHandling.OUTCOME, TicketHandling.REQUEST_CONFIRMATION);
    assertThat(work).isEnded().hasNotPassed(TieredSupport.OUTCOME);
    Assertions.assertThat(workInstances()).isZero();
    Assertions.assertThat(jobQuery().count()).isZero();
    Assertions.assertThat(BpmnAwareTests.taskQuery().count()).isZero();
    verify(requestConfirmation, never()).execute(any());
  }

  @Test
  void ticketMergedWhileWaitingForTheRequesterEndsTheWaitWithoutResumingTheClock()
      throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    finishWork(ticket, Outcomes.WAIT_FOR_CUSTOMER);
    assertThat(ticket).isWaitingAt(TicketHandling.WHILE_WAITING);

    boolean received = process().ticketMerged(TICKET_NUMBER, MASTER_NUMBER, MERGED_BY);

    Assertions.assertThat(received).isTrue();
    assertThat(ticket)
        .isEnded()
        .hasPassed(TicketHandling.HANDLING_ENDED_AS_MERGED)
        .hasNotPassed(TicketHandling.CUSTOMER_REPLIED, TicketHandling.RESUME_SLA_CLOCK);
    verify(resumeSlaClock, never()).execute(any());
    // the wait's subscriptions ended with it: a late reply finds nobody waiting
    Assertions.assertThat(
            runtimeService()
                .createMessageCorrelation(Messages.CUSTOMER_REPLIED)
                .processInstanceBusinessKey(TICKET_NUMBER)
                .correlateAllWithResult())
        .isEmpty();
  }

  @Test
  void ticketMergedBeforeItsWorkIsQueuedEndsTheHandlingAndTheQueueingJob() {
    ProcessInstance ticket = start(urgentCompanyWideBug());
    Assertions.assertThat(jobQuery().processInstanceId(ticket.getId()).count()).isEqualTo(1);

    process().ticketMerged(TICKET_NUMBER, MASTER_NUMBER, MERGED_BY);

    assertThat(ticket).isEnded().hasPassed(TicketHandling.HANDLING_ENDED_AS_MERGED);
    Assertions.assertThat(jobQuery().count()).isZero();
    Assertions.assertThat(workInstances()).isZero();
  }

  @Test
  void mergeOfATicketWithoutRunningHandlingReachesNothing() {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    process().ticketMerged(TICKET_NUMBER, MASTER_NUMBER, MERGED_BY);
    assertThat(ticket).isEnded();

    Assertions.assertThat(process().ticketMerged(TICKET_NUMBER, MASTER_NUMBER, MERGED_BY))
        .isFalse();
  }

  /**
   * The one test with the real {@code tiered-support}: a breach's escalation request, sent the way
   * the request escalation step sends it, ends the work at the next tier, and ticket-handling calls
   * it again there with the SLA timers set anew.
   */
  @Test
  void escalationRequestedOnABreachMovesTheWorkUpATierAndRestartsIt() throws Exception {
    deployRealTieredSupport();
    breachRecordedAs(recordResponseBreach, true);
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              runtimeService()
                  .createMessageCorrelation(Messages.ESCALATION_REQUESTED)
                  .processInstanceBusinessKey(execution.getProcessBusinessKey())
                  .setVariable(
                      Vars.ESCALATION_REASON, execution.getVariableLocal(Vars.ESCALATION_REASON))
                  .setVariable(Vars.ESCALATION_NOTE, "First response SLA passed")
                  .correlate();
              return null;
            })
        .when(requestEscalation)
        .execute(any());
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    ProcessInstance firstWork = calledProcessInstance(TieredSupport.KEY, ticket);
    assertThat(task(firstWork)).hasCandidateGroup("applications");

    fire(job(TicketHandling.RESPONSE_SLA_BREACHED, ticket));
    execute(job(TicketHandling.RECORD_RESPONSE_BREACH, ticket));

    assertThat(firstWork)
        .isEnded()
        .hasPassed(TieredSupport.ESCALATE_ON_REQUEST, TieredSupport.MOVED_UP_A_TIER)
        .hasNotPassed(TieredSupport.OUTCOME);
    ProcessInstance secondWork = calledProcessInstance(TieredSupport.KEY, ticket);
    assertThat(task(secondWork)).hasCandidateGroup("tier3");
    assertThat(ticket)
        .isWaitingAt(TicketHandling.WORK_TICKET)
        .hasPassed(TicketHandling.RESPONSE_BREACH_ESCALATED)
        .variables()
        .containsEntry(Vars.CANDIDATE_GROUP, "tier3")
        .containsEntry(Vars.TIER, 3);
    Assertions.assertThat(slaTimerDueDates(ticket)).isEqualTo(TRIAGED.asTimerDueDates());
  }

  // helpers ///////////////////////////////////////////////////////////////////////////////

  /** How many tiered-support instances run: the work of the tickets. */
  private static long workInstances() {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(TieredSupport.KEY)
        .count();
  }

  /** The application's side of ticket-handling, as the incident's resolution uses it. */
  private static TicketHandlingProcess process() {
    return new TicketHandlingProcess(runtimeService());
  }

  private ProcessInstance submitUrgentCompanyWideBug() {
    return queueWork(start(urgentCompanyWideBug()));
  }

  private static Map<String, Object> urgentCompanyWideBug() {
    return ticketVariables(
        "URGENT", "ENTERPRISE", "SYSTEM_FAULT", "SOFTWARE_BUG", "app crashes on save");
  }

  /**
   * Starts the ticket's process and runs the job that queues its work, as the job executor does.
   */
  private ProcessInstance submit(
      String urgency, String impact, String category, String subcategory, String keywords) {
    return queueWork(start(ticketVariables(urgency, impact, category, subcategory, keywords)));
  }

  private static Map<String, Object> ticketVariables(
      String urgency, String impact, String category, String subcategory, String keywords) {
    return withVariables(
        Vars.TICKET_NUMBER, TICKET_NUMBER,
        Vars.URGENCY, urgency,
        Vars.IMPACT, impact,
        Vars.CATEGORY, category,
        Vars.SUBCATEGORY, subcategory,
        Vars.MENTIONS_PASSWORD, TitleFlags.mentionsPassword(keywords));
  }

  /** What the intake's transaction does: start the process, up to the recorded triage. */
  private static ProcessInstance start(Map<String, Object> variables) {
    return runtimeService().startProcessInstanceByKey(TicketHandling.KEY, TICKET_NUMBER, variables);
  }

  /** The job after the intake's commit: the work is queued and the ticket checked. */
  private static ProcessInstance queueWork(ProcessInstance ticket) {
    execute(job(TicketHandling.RECORD_TRIAGE, ticket));
    return ticket;
  }

  /** Completes the agent's work in the called process with the given outcome. */
  private void finishWork(ProcessInstance ticket, String outcome) {
    assertThat(ticket).isWaitingAt(TicketHandling.WORK_TICKET);
    complete(
        task(calledProcessInstance(TieredSupport.KEY, ticket)),
        withVariables(Vars.OUTCOME, outcome));
  }

  /**
   * Ends the called process without an outcome, with a new group and tier: what tiered-support does
   * when an escalation is requested from outside the work.
   */
  private void workMovedTo(ProcessInstance ticket, String candidateGroup, int tier) {
    assertThat(ticket).isWaitingAt(TicketHandling.WORK_TICKET);
    complete(
        task(calledProcessInstance(TieredSupport.KEY, ticket)),
        withVariables(Vars.CANDIDATE_GROUP, candidateGroup, Vars.TIER, tier));
  }

  private void customerReplies() {
    runtimeService()
        .createMessageCorrelation(Messages.CUSTOMER_REPLIED)
        .processInstanceBusinessKey(TICKET_NUMBER)
        .correlate();
  }

  private void requesterAnswers(boolean solved) {
    runtimeService()
        .createMessageCorrelation(Messages.CONFIRMATION_RECEIVED)
        .processInstanceBusinessKey(TICKET_NUMBER)
        .setVariable(Vars.REQUESTER_CONFIRMED, solved)
        .correlate();
  }

  /** Lets the record-breach step decide whether the breach needs an escalation. */
  private static void breachRecordedAs(JavaDelegate recordBreach, boolean escalationNeeded)
      throws Exception {
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              execution.setVariable(Vars.ESCALATION_NEEDED, escalationNeeded);
              return null;
            })
        .when(recordBreach)
        .execute(any());
  }

  /** Moves the clock just past the timer's due date, checks it is then due, and runs it. */
  private static void fire(Job timer) {
    Assertions.assertThat(jobQuery().jobId(timer.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    Assertions.assertThat(jobQuery().jobId(timer.getId()).executable().count()).isOne();
    execute(timer);
  }

  /** The SLA timers waiting on the work call activity, by boundary event id. */
  private static Map<String, Date> slaTimerDueDates(ProcessInstance ticket) {
    Map<String, Date> dueDates = new HashMap<>();
    for (String timer : SlaDueTimes.TIMERS) {
      for (Job job :
          jobQuery().processInstanceId(ticket.getId()).activityId(timer).timers().list()) {
        Assertions.assertThat(dueDates.put(timer, job.getDuedate())).as(timer + " once").isNull();
      }
    }
    return dueDates;
  }

  /** The four SLA due times the process reads into its timers. */
  private record SlaDueTimes(
      Instant responseWarningAt,
      Instant responseDueAt,
      Instant resolutionWarningAt,
      Instant resolutionDueAt) {

    static final List<String> TIMERS =
        List.of(
            TicketHandling.RESPONSE_SLA_WARNING,
            TicketHandling.RESPONSE_SLA_BREACHED,
            TicketHandling.RESOLUTION_SLA_WARNING,
            TicketHandling.RESOLUTION_SLA_BREACHED);

    SlaDueTimes movedBy(Duration waited) {
      return new SlaDueTimes(
          responseWarningAt.plus(waited),
          responseDueAt.plus(waited),
          resolutionWarningAt.plus(waited),
          resolutionDueAt.plus(waited));
    }

    /** Sets the variables as the delegates do: ISO-8601 with the zone's offset. */
    void setOn(DelegateExecution execution) {
      execution.setVariable(Vars.FIRST_RESPONSE_WARNING_AT, iso(responseWarningAt));
      execution.setVariable(Vars.FIRST_RESPONSE_DUE_AT, iso(responseDueAt));
      execution.setVariable(Vars.RESOLUTION_WARNING_AT, iso(resolutionWarningAt));
      execution.setVariable(Vars.RESOLUTION_DUE_AT, iso(resolutionDueAt));
    }

    Map<String, Date> asTimerDueDates() {
      return Map.of(
          TicketHandling.RESPONSE_SLA_WARNING, Date.from(responseWarningAt),
          TicketHandling.RESPONSE_SLA_BREACHED, Date.from(responseDueAt),
          TicketHandling.RESOLUTION_SLA_WARNING, Date.from(resolutionWarningAt),
          TicketHandling.RESOLUTION_SLA_BREACHED, Date.from(resolutionDueAt));
    }

    private static String iso(Instant time) {
      return OffsetDateTime.ofInstant(time, SHANGHAI)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
  }

  /**
   * Stands in for {@code tiered-support}: one user task with the same id, so each test decides the
   * outcome (and may change group and tier) the way an agent would.
   */
  private void deployTieredSupportStandIn() {
    BpmnModelInstance standIn =
        Bpmn.createExecutableProcess(TieredSupport.KEY)
            .camundaHistoryTimeToLive(180)
            .startEvent()
            .userTask(TieredSupport.WORK_TICKET)
            .endEvent()
            .done();
    Deployment deployment =
        repositoryService()
            .createDeployment()
            .addModelInstance("tiered-support-stand-in.bpmn", standIn)
            .deploy();
    extension.manageDeployment(deployment);
  }

  /** Deploys the real tiered-support over the stand-in, with its decision and form. */
  private void deployRealTieredSupport() throws Exception {
    Mocks.register(Beans.WORK_TASK_CREATED, mock(TaskListener.class));
    Mocks.register(Beans.WORK_TASK_ASSIGNED, mock(TaskListener.class));
    Mocks.register(Beans.WORK_TASK_COMPLETED, mock(TaskListener.class));
    JavaDelegate escalateTicket = mock(JavaDelegate.class);
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              execution.setVariable(
                  Vars.CANDIDATE_GROUP, execution.getVariable(Vars.NEXT_CANDIDATE_GROUP));
              execution.setVariable(Vars.TIER, execution.getVariable(Vars.NEXT_TIER));
              return null;
            })
        .when(escalateTicket)
        .execute(any());
    Mocks.register(Beans.ESCALATE_TICKET, escalateTicket);
    Deployment deployment =
        repositoryService()
            .createDeployment()
            .addClasspathResource("bpmn/" + TieredSupport.KEY + ".bpmn")
            .addClasspathResource("dmn/" + Decisions.TICKET_ESCALATION + ".dmn")
            .addClasspathResource("forms/" + Forms.WORK_TICKET + ".form")
            .deploy();
    extension.manageDeployment(deployment);
  }
}
