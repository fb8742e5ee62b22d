package io.ticketflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Messages;
import io.ticketflow.process.ProcessModel.Outcomes;
import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.process.ProcessModel.TieredSupport;
import io.ticketflow.process.ProcessModel.Vars;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
  private static final OffsetDateTime FIRST_RESPONSE_DUE_AT =
      SUBMITTED_AT.plus(Duration.ofMinutes(30)).atOffset(SHANGHAI);
  private static final OffsetDateTime RESOLUTION_DUE_AT =
      SUBMITTED_AT.plus(Duration.ofHours(2)).atOffset(SHANGHAI);

  private final JavaDelegate acknowledgeReceipt = mock(JavaDelegate.class);
  private final JavaDelegate recordTriage = mock(JavaDelegate.class);
  private final JavaDelegate recordResponseBreach = mock(JavaDelegate.class);
  private final JavaDelegate recordResolutionBreach = mock(JavaDelegate.class);
  private final JavaDelegate requestConfirmation = mock(JavaDelegate.class);
  private final JavaDelegate reopenTicket = mock(JavaDelegate.class);
  private final JavaDelegate closeTicket = mock(JavaDelegate.class);

  /** What Record triage saw when it ran: the decisions' outputs it stores on the ticket. */
  private final Map<String, Object> seenByRecordTriage = new HashMap<>();

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT));

    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              seenByRecordTriage.putAll(execution.getVariables());
              execution.setVariable(Vars.FIRST_RESPONSE_DUE_AT, iso(FIRST_RESPONSE_DUE_AT));
              execution.setVariable(Vars.RESOLUTION_DUE_AT, iso(RESOLUTION_DUE_AT));
              return null;
            })
        .when(recordTriage)
        .execute(any());

    Mocks.register(Beans.ACKNOWLEDGE_RECEIPT, acknowledgeReceipt);
    Mocks.register(Beans.RECORD_TRIAGE, recordTriage);
    Mocks.register(Beans.RECORD_RESPONSE_BREACH, recordResponseBreach);
    Mocks.register(Beans.RECORD_RESOLUTION_BREACH, recordResolutionBreach);
    Mocks.register(Beans.REQUEST_CONFIRMATION, requestConfirmation);
    Mocks.register(Beans.REOPEN_TICKET, reopenTicket);
    Mocks.register(Beans.CLOSE_TICKET, closeTicket);

    deployTieredSupportStandIn();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

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
        .containsEntry(Vars.PRIORITY, "P1")
        .containsEntry(Vars.CANDIDATE_GROUP, "applications")
        .containsEntry(Vars.TIER, 2)
        .containsEntry(Vars.KEYWORDS, "app crashes on save")
        .doesNotContainKeys(Vars.URGENCY, Vars.IMPACT, Vars.FIRST_RESPONSE_DUE_AT);
  }

  @Test
  void ticketResolvedFirstTimeIsClosedWhenRequesterConfirms() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    finishWork(ticket, Outcomes.RESOLVED);
    assertThat(ticket)
        .hasPassed(TicketHandling.SOLUTION_GIVEN, TicketHandling.REQUEST_CONFIRMATION)
        .isWaitingAt(TicketHandling.REQUESTER_ANSWER);
    verify(requestConfirmation).execute(any());

    requesterAnswers(true);

    assertThat(ticket)
        .isEnded()
        .hasPassedInOrder(
            TicketHandling.CONFIRMATION_RECEIVED,
            TicketHandling.SOLVED,
            TicketHandling.CLOSE_TICKET,
            TicketHandling.TICKET_CLOSED)
        .hasNotPassed(
            TicketHandling.REOPEN_TICKET,
            TicketHandling.CUSTOMER_REPLIED,
            TicketHandling.CONFIRMATION_TIMED_OUT);
    verify(closeTicket).execute(any());
    verify(reopenTicket, never()).execute(any());
  }

  @Test
  void ticketWaitsForCustomerThenResumesWork() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    finishWork(ticket, Outcomes.WAIT_FOR_CUSTOMER);
    assertThat(ticket)
        .isWaitingAt(TicketHandling.CUSTOMER_REPLIED)
        .hasNotPassed(TicketHandling.SOLUTION_GIVEN);
    verify(requestConfirmation, never()).execute(any());

    runtimeService()
        .createMessageCorrelation(Messages.CUSTOMER_REPLIED)
        .processInstanceBusinessKey(TICKET_NUMBER)
        .correlate();

    assertThat(ticket)
        .isWaitingAt(TicketHandling.WORK_TICKET)
        .hasPassed(TicketHandling.CUSTOMER_REPLIED);
    finishWork(ticket, Outcomes.RESOLVED);
    assertThat(ticket)
        .hasPassed(TicketHandling.SOLUTION_GIVEN)
        .isWaitingAt(TicketHandling.REQUESTER_ANSWER);
    verify(requestConfirmation).execute(any());
  }

  @Test
  void groupAndTierChangedDuringWorkCarryOverWhenWorkResumes() {
    ProcessInstance ticket = submitUrgentCompanyWideBug();

    complete(
        task(calledProcessInstance(TieredSupport.KEY, ticket)),
        withVariables(
            Vars.OUTCOME, Outcomes.WAIT_FOR_CUSTOMER, Vars.CANDIDATE_GROUP, "tier3", Vars.TIER, 3));
    runtimeService()
        .createMessageCorrelation(Messages.CUSTOMER_REPLIED)
        .processInstanceBusinessKey(TICKET_NUMBER)
        .correlate();

    assertThat(ticket)
        .variables()
        .containsEntry(Vars.CANDIDATE_GROUP, "tier3")
        .containsEntry(Vars.TIER, 3);
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .variables()
        .containsEntry(Vars.CANDIDATE_GROUP, "tier3")
        .containsEntry(Vars.TIER, 3);
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

    finishWork(ticket, Outcomes.RESOLVED);
    requesterAnswers(true);

    assertThat(ticket).isEnded().hasPassed(TicketHandling.TICKET_CLOSED);
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
    Assertions.assertThat(jobQuery().timers().executable().count()).isZero();

    ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT.plus(Duration.ofDays(3)).plusSeconds(1)));
    Assertions.assertThat(jobQuery().timers().executable().singleResult().getId())
        .isEqualTo(noAnswer.getId());
    execute(noAnswer);

    assertThat(ticket)
        .isEnded()
        .hasPassedInOrder(
            TicketHandling.CONFIRMATION_TIMED_OUT,
            TicketHandling.CLOSE_TICKET,
            TicketHandling.TICKET_CLOSED)
        .hasNotPassed(TicketHandling.CONFIRMATION_RECEIVED, TicketHandling.SOLVED);
    verify(closeTicket).execute(any());
  }

  @Test
  void responseSlaBreachIsRecordedWhileWorkGoesOn() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    Job responseTimer = job(TicketHandling.RESPONSE_SLA_BREACHED, ticket);
    Assertions.assertThat(responseTimer.getDuedate())
        .isEqualTo(Date.from(FIRST_RESPONSE_DUE_AT.toInstant()));
    Assertions.assertThat(jobQuery().timers().executable().count()).isZero();

    ClockUtil.setCurrentTime(Date.from(FIRST_RESPONSE_DUE_AT.toInstant().plusSeconds(1)));
    Assertions.assertThat(jobQuery().timers().executable().singleResult().getId())
        .isEqualTo(responseTimer.getId());
    execute(responseTimer);
    verify(recordResponseBreach, never()).execute(any());
    execute(job(TicketHandling.RECORD_RESPONSE_BREACH, ticket));

    verify(recordResponseBreach).execute(any());
    verify(recordResolutionBreach, never()).execute(any());
    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.RESPONSE_SLA_BREACHED,
            TicketHandling.RECORD_RESPONSE_BREACH,
            TicketHandling.RESPONSE_BREACH_RECORDED)
        .isWaitingAt(TicketHandling.WORK_TICKET);
    Assertions.assertThat(job(TicketHandling.RESOLUTION_SLA_BREACHED, ticket)).isNotNull();
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .isWaitingAt(TieredSupport.WORK_TICKET);

    finishWork(ticket, Outcomes.RESOLVED);
    assertThat(ticket).isWaitingAt(TicketHandling.REQUESTER_ANSWER);
  }

  @Test
  void resolutionSlaBreachIsRecordedWhileWorkGoesOn() throws Exception {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    Job resolutionTimer = job(TicketHandling.RESOLUTION_SLA_BREACHED, ticket);
    Assertions.assertThat(resolutionTimer.getDuedate())
        .isEqualTo(Date.from(RESOLUTION_DUE_AT.toInstant()));

    ClockUtil.setCurrentTime(Date.from(RESOLUTION_DUE_AT.toInstant().plusSeconds(1)));
    execute(resolutionTimer);
    execute(job(TicketHandling.RECORD_RESOLUTION_BREACH, ticket));

    verify(recordResolutionBreach).execute(any());
    assertThat(ticket)
        .hasPassedInOrder(
            TicketHandling.RESOLUTION_SLA_BREACHED,
            TicketHandling.RECORD_RESOLUTION_BREACH,
            TicketHandling.RESOLUTION_BREACH_RECORDED)
        .isWaitingAt(TicketHandling.WORK_TICKET);
    assertThat(calledProcessInstance(TieredSupport.KEY, ticket))
        .isWaitingAt(TieredSupport.WORK_TICKET);

    finishWork(ticket, Outcomes.RESOLVED);
    assertThat(ticket).isWaitingAt(TicketHandling.REQUESTER_ANSWER);
  }

  @Test
  void slaTimersStopOnceTheSolutionIsGiven() {
    ProcessInstance ticket = submitUrgentCompanyWideBug();
    Assertions.assertThat(jobQuery().timers().count()).isEqualTo(2);

    finishWork(ticket, Outcomes.RESOLVED);

    Assertions.assertThat(
            jobQuery().timers().activityId(TicketHandling.RESPONSE_SLA_BREACHED).count())
        .isZero();
    Assertions.assertThat(
            jobQuery().timers().activityId(TicketHandling.RESOLUTION_SLA_BREACHED).count())
        .isZero();
    Assertions.assertThat(jobQuery().timers().singleResult().getJobDefinitionId())
        .isEqualTo(job(TicketHandling.CONFIRMATION_TIMED_OUT, ticket).getJobDefinitionId());
  }

  // helpers ///////////////////////////////////////////////////////////////////////////////

  private ProcessInstance submitUrgentCompanyWideBug() {
    return submit("URGENT", "ENTERPRISE", "SYSTEM_FAULT", "SOFTWARE_BUG", "app crashes on save");
  }

  private ProcessInstance submit(
      String urgency, String impact, String category, String subcategory, String keywords) {
    return runtimeService()
        .startProcessInstanceByKey(
            TicketHandling.KEY,
            TICKET_NUMBER,
            withVariables(
                Vars.TICKET_NUMBER, TICKET_NUMBER,
                Vars.URGENCY, urgency,
                Vars.IMPACT, impact,
                Vars.CATEGORY, category,
                Vars.SUBCATEGORY, subcategory,
                Vars.KEYWORDS, keywords));
  }

  /** Completes the agent's work in the called process with the given outcome. */
  private void finishWork(ProcessInstance ticket, String outcome) {
    assertThat(ticket).isWaitingAt(TicketHandling.WORK_TICKET);
    complete(
        task(calledProcessInstance(TieredSupport.KEY, ticket)),
        withVariables(Vars.OUTCOME, outcome));
  }

  private void requesterAnswers(boolean solved) {
    runtimeService()
        .createMessageCorrelation(Messages.CONFIRMATION_RECEIVED)
        .processInstanceBusinessKey(TICKET_NUMBER)
        .setVariable(Vars.REQUESTER_CONFIRMED, solved)
        .correlate();
  }

  private static String iso(OffsetDateTime time) {
    return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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
}
