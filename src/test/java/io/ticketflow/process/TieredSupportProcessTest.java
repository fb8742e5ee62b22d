package io.ticketflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Forms;
import io.ticketflow.process.ProcessModel.Messages;
import io.ticketflow.process.ProcessModel.Outcomes;
import io.ticketflow.process.ProcessModel.TieredSupport;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.EscalationReason;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * Scope test of {@code tiered-support}: the real escalation decision and form, mocked delegates.
 */
@Deployment(
    resources = {"bpmn/tiered-support.bpmn", "dmn/ticket-escalation.dmn", "forms/work-ticket.form"})
class TieredSupportProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  private static final String TICKET_NUMBER = "TS20261122-0002";

  /** Key under which the tests note where Record resolution ran (not a process variable). */
  private static final String RECORDED_AT = "recorded at";

  private static final String INCIDENT_RESOLUTION =
      "Resolved together with major incident MI20261122-0001 (Reporting down):\n"
          + "Restarted the reporting cluster.";
  private static final String INCIDENT_LEAD = "incident.lead";

  private final TaskListener workTaskCreated = mock(TaskListener.class);
  private final TaskListener workTaskAssigned = mock(TaskListener.class);
  private final TaskListener workTaskCompleted = mock(TaskListener.class);
  private final JavaDelegate recordResolution = mock(JavaDelegate.class);
  private final JavaDelegate askRequester = mock(JavaDelegate.class);
  private final JavaDelegate escalateTicket = mock(JavaDelegate.class);
  private final JavaDelegate recordNoHigherTier = mock(JavaDelegate.class);

  /** The tier each escalation was decided for, as Escalate ticket saw it. */
  private final List<Object> escalatedTo = new ArrayList<>();

  /** The reason and note each escalation carried, as Escalate ticket saw them. */
  private final List<Map<String, Object>> escalatedBecause = new ArrayList<>();

  /** The variables each Record resolution step saw, with the step's id. */
  private final List<Map<String, Object>> resolutionsRecorded = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(extension.getProcessEngine());

    // the real delegate moves the ticket to the next group and tier, as decided
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              escalatedTo.add(execution.getVariable(Vars.NEXT_TIER));
              escalatedBecause.add(
                  Map.of(
                      Vars.ESCALATION_REASON, execution.getVariable(Vars.ESCALATION_REASON),
                      Vars.ESCALATION_NOTE, execution.getVariable(Vars.ESCALATION_NOTE)));
              execution.setVariable(
                  Vars.CANDIDATE_GROUP, execution.getVariable(Vars.NEXT_CANDIDATE_GROUP));
              execution.setVariable(Vars.TIER, execution.getVariable(Vars.NEXT_TIER));
              return null;
            })
        .when(escalateTicket)
        .execute(any());

    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Map<String, Object> seen = new HashMap<>(execution.getVariables());
              seen.put(RECORDED_AT, execution.getCurrentActivityId());
              resolutionsRecorded.add(seen);
              return null;
            })
        .when(recordResolution)
        .execute(any());

    Mocks.register(Beans.WORK_TASK_CREATED, workTaskCreated);
    Mocks.register(Beans.WORK_TASK_ASSIGNED, workTaskAssigned);
    Mocks.register(Beans.WORK_TASK_COMPLETED, workTaskCompleted);
    Mocks.register(Beans.RECORD_RESOLUTION, recordResolution);
    Mocks.register(Beans.ASK_REQUESTER, askRequester);
    Mocks.register(Beans.ESCALATE_TICKET, escalateTicket);
    Mocks.register(Beans.RECORD_NO_HIGHER_TIER, recordNoHigherTier);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void workTaskIsOfferedToTheTicketsGroupWithTheWorkForm() {
    ProcessInstance work = startWork("tier1", 1);

    assertThat(work).isWaitingAt(TieredSupport.WORK_TICKET);
    Task task = task(work);
    assertThat(task)
        .hasName("Work ticket " + TICKET_NUMBER)
        .hasCandidateGroup("tier1")
        .isNotAssigned();
    CamundaFormRef formRef =
        taskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef();
    Assertions.assertThat(formRef.getKey()).isEqualTo(Forms.WORK_TICKET);
    Assertions.assertThat(formRef.getBinding()).isEqualTo("deployment");
    verify(workTaskCreated).notify(any());
  }

  @Test
  void workFormResolvesFromTheSameDeployment() throws Exception {
    ProcessInstance work = startWork("tier1", 1);

    try (InputStream form = formService().getDeployedTaskForm(task(work).getId())) {
      Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"" + Forms.WORK_TICKET + "\"");
    }
  }

  @Test
  void claimingAndCompletingTheWorkTaskNotifiesTheListeners() {
    ProcessInstance work = startWork("tier1", 1);

    claim(task(work), "agent.li");
    verify(workTaskAssigned).notify(any());
    verify(workTaskCompleted, never()).notify(any());

    complete(task(work), withVariables(Vars.OUTCOME, Outcomes.RESOLVED));
    InOrder order = inOrder(workTaskCreated, workTaskAssigned, workTaskCompleted);
    order.verify(workTaskCreated).notify(any());
    order.verify(workTaskAssigned).notify(any());
    order.verify(workTaskCompleted).notify(any());
  }

  @Test
  void ticketResolvedAtTheFirstTierEndsResolved() throws Exception {
    ProcessInstance work = startWork("tier1", 1);

    complete(
        task(work),
        withVariables(
            Vars.OUTCOME,
            Outcomes.RESOLVED,
            Vars.RESOLUTION,
            "Cleared the browser cache; export works again."));

    assertThat(work)
        .isEnded()
        .hasPassedInOrder(
            TieredSupport.START_EVENT,
            TieredSupport.WORK_TICKET,
            TieredSupport.OUTCOME,
            TieredSupport.RECORD_RESOLUTION,
            TieredSupport.TICKET_RESOLVED)
        .hasNotPassed(TieredSupport.ASK_REQUESTER, TieredSupport.DECIDE_NEXT_TIER)
        .variables()
        .containsEntry(Vars.OUTCOME, Outcomes.RESOLVED);
    verify(recordResolution).execute(any());
    verify(askRequester, never()).execute(any());
  }

  @Test
  void questionForTheRequesterIsSentAndWorkEndsWaitingForCustomer() throws Exception {
    ProcessInstance work = startWork("tier1", 1);

    complete(
        task(work),
        withVariables(
            Vars.OUTCOME,
            Outcomes.WAIT_FOR_CUSTOMER,
            Vars.QUESTION,
            "Which browser version do you use?"));

    assertThat(work)
        .isEnded()
        .hasPassedInOrder(TieredSupport.ASK_REQUESTER, TieredSupport.WAITING_FOR_CUSTOMER)
        .hasNotPassed(TieredSupport.RECORD_RESOLUTION, TieredSupport.TICKET_RESOLVED);
    verify(askRequester).execute(any());
    verify(recordResolution, never()).execute(any());
  }

  @Test
  void ticketEscalatesFromTier1ToTier2ToTier3() throws Exception {
    ProcessInstance work = startWork("tier1", 1);

    escalate(work);
    assertThat(task(work)).hasCandidateGroup("training").isNotAssigned();
    assertThat(work)
        .variables()
        .containsEntry(Vars.NEXT_CANDIDATE_GROUP, "training")
        .containsEntry(Vars.NEXT_TIER, 2)
        .containsEntry(Vars.TIER, 2);

    escalate(work);
    assertThat(task(work)).hasCandidateGroup("tier3");
    assertThat(work).variables().containsEntry(Vars.TIER, 3);

    verify(escalateTicket, times(2)).execute(any());
    Assertions.assertThat(escalatedTo).containsExactly(2, 3);
    verify(workTaskCreated, times(3)).notify(any());

    complete(task(work), withVariables(Vars.OUTCOME, Outcomes.RESOLVED));
    assertThat(work).isEnded().hasPassed(TieredSupport.TICKET_RESOLVED);
  }

  @Test
  void ticketStaysWithTier3WhenNoHigherTierIsLeft() throws Exception {
    ProcessInstance work = startWork("tier3", 3);

    escalate(work);

    assertThat(work)
        .hasPassed(TieredSupport.DECIDE_NEXT_TIER, TieredSupport.HIGHER_TIER_AVAILABLE)
        .hasNotPassed(TieredSupport.ESCALATE_TICKET)
        .isWaitingAt(TieredSupport.WORK_TICKET)
        .variables()
        .containsEntry(Vars.NEXT_CANDIDATE_GROUP, null)
        .containsEntry(Vars.NEXT_TIER, null)
        .containsEntry(Vars.CANDIDATE_GROUP, "tier3")
        .containsEntry(Vars.TIER, 3);
    assertThat(task(work)).hasCandidateGroup("tier3").isNotAssigned();
    verify(escalateTicket, never()).execute(any());
    verify(workTaskCreated, times(2)).notify(any());
  }

  @Test
  void escalationRequestedDuringTheWorkCancelsTheTaskAndEndsAtTheNextTierWithoutOutcome()
      throws Exception {
    ProcessInstance work = startWork("tier1", 1);
    String openTask = task(work).getId();

    requestEscalation(EscalationReason.TIMEOUT, "First response SLA passed");

    assertThat(work)
        .isEnded()
        .hasPassedInOrder(
            TieredSupport.ESCALATION_REQUESTED_START,
            TieredSupport.DECIDE_NEXT_TIER_ON_REQUEST,
            TieredSupport.HIGHER_TIER_ON_REQUEST,
            TieredSupport.ESCALATE_ON_REQUEST,
            TieredSupport.MOVED_UP_A_TIER)
        .hasNotPassed(
            TieredSupport.OUTCOME,
            TieredSupport.DECIDE_NEXT_TIER,
            TieredSupport.NO_HIGHER_TIER_ON_REQUEST)
        .variables()
        .doesNotContainKey(Vars.OUTCOME)
        .containsEntry(Vars.CANDIDATE_GROUP, "training")
        .containsEntry(Vars.TIER, 2);
    Assertions.assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(work.getId())
                .activityId(TieredSupport.WORK_TICKET)
                .canceled()
                .singleResult()
                .getTaskId())
        .isEqualTo(openTask);
    verify(workTaskCompleted, never()).notify(any());
    Assertions.assertThat(escalatedTo).containsExactly(2);
    Assertions.assertThat(escalatedBecause)
        .containsExactly(
            Map.of(
                Vars.ESCALATION_REASON,
                EscalationReason.TIMEOUT.name(),
                Vars.ESCALATION_NOTE,
                "First response SLA passed"));
    verify(recordNoHigherTier, never()).execute(any());
  }

  @Test
  void escalationRequestedAtTheTopTierIsRecordedAndEndsWithoutOutcome() throws Exception {
    ProcessInstance work = startWork("tier3", 3);

    requestEscalation(EscalationReason.CUSTOMER_COMPLAINT, "Third call about the same export");

    assertThat(work)
        .isEnded()
        .hasPassedInOrder(
            TieredSupport.DECIDE_NEXT_TIER_ON_REQUEST,
            TieredSupport.HIGHER_TIER_ON_REQUEST,
            TieredSupport.NO_HIGHER_TIER_ON_REQUEST,
            TieredSupport.KEPT_AT_TOP_TIER)
        .hasNotPassed(TieredSupport.ESCALATE_ON_REQUEST, TieredSupport.MOVED_UP_A_TIER)
        .variables()
        .doesNotContainKey(Vars.OUTCOME)
        .containsEntry(Vars.NEXT_CANDIDATE_GROUP, null)
        .containsEntry(Vars.CANDIDATE_GROUP, "tier3")
        .containsEntry(Vars.TIER, 3)
        .containsEntry(Vars.ESCALATION_REASON, EscalationReason.CUSTOMER_COMPLAINT.name());
    verify(recordNoHigherTier).execute(any());
    verify(escalateTicket, never()).execute(any());
  }

  @Test
  void incidentResolvedDuringTheWorkCancelsTheTaskRecordsItsResolutionAndEndsResolved()
      throws Exception {
    ProcessInstance work = startWork("applications", 2);
    String openTask = task(work).getId();

    boolean received =
        new TicketHandlingProcess(runtimeService())
            .resolveWithIncident(TICKET_NUMBER, INCIDENT_RESOLUTION, INCIDENT_LEAD);

    Assertions.assertThat(received).isTrue();
    assertThat(work)
        .isEnded()
        .hasPassedInOrder(
            TieredSupport.INCIDENT_RESOLVED_START,
            TieredSupport.RECORD_INCIDENT_RESOLUTION,
            TieredSupport.RESOLVED_WITH_INCIDENT)
        .hasNotPassed(
            TieredSupport.OUTCOME,
            TieredSupport.RECORD_RESOLUTION,
            TieredSupport.ESCALATION_REQUESTED_START)
        .variables()
        // on the process instance, where the call activity's output reads the outcome
        .containsEntry(Vars.OUTCOME, Outcomes.RESOLVED)
        .containsEntry(Vars.RESOLUTION, INCIDENT_RESOLUTION)
        .containsEntry(Vars.AGENT, INCIDENT_LEAD);
    Assertions.assertThat(resolutionsRecorded)
        .singleElement()
        .satisfies(
            seen ->
                Assertions.assertThat(seen)
                    .containsEntry(RECORDED_AT, TieredSupport.RECORD_INCIDENT_RESOLUTION)
                    .containsEntry(Vars.TICKET_NUMBER, TICKET_NUMBER)
                    .containsEntry(Vars.RESOLUTION, INCIDENT_RESOLUTION)
                    .containsEntry(Vars.AGENT, INCIDENT_LEAD));
    Assertions.assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(work.getId())
                .activityId(TieredSupport.WORK_TICKET)
                .canceled()
                .singleResult()
                .getTaskId())
        .isEqualTo(openTask);
    verify(workTaskCompleted, never()).notify(any());
    verify(escalateTicket, never()).execute(any());
  }

  @Test
  void incidentResolvedAfterTheWorkEndedReachesNobody() {
    ProcessInstance work = startWork("tier1", 1);
    complete(task(work), withVariables(Vars.OUTCOME, Outcomes.WAIT_FOR_CUSTOMER));

    boolean received =
        new TicketHandlingProcess(runtimeService())
            .resolveWithIncident(TICKET_NUMBER, INCIDENT_RESOLUTION, INCIDENT_LEAD);

    Assertions.assertThat(received).isFalse();
    assertThat(work).isEnded().hasNotPassed(TieredSupport.INCIDENT_RESOLVED_START);
    Assertions.assertThat(resolutionsRecorded).isEmpty();
  }

  // helpers ///////////////////////////////////////////////////////////////////////////////

  private ProcessInstance startWork(String candidateGroup, int tier) {
    return runtimeService()
        .startProcessInstanceByKey(
            TieredSupport.KEY,
            TICKET_NUMBER,
            withVariables(
                Vars.TICKET_NUMBER,
                TICKET_NUMBER,
                Vars.CATEGORY,
                "OPERATION_GUIDANCE",
                Vars.SUBCATEGORY,
                "TRAINING_REQUEST",
                Vars.PRIORITY,
                "P3",
                Vars.CANDIDATE_GROUP,
                candidateGroup,
                Vars.TIER,
                tier,
                Vars.MENTIONS_PASSWORD,
                false));
  }

  /** Sends the message that ticket-handling sends on an SLA breach, and a complaint would send. */
  private void requestEscalation(EscalationReason reason, String note) {
    runtimeService()
        .createMessageCorrelation(Messages.ESCALATION_REQUESTED)
        .processInstanceBusinessKey(TICKET_NUMBER)
        .setVariable(Vars.ESCALATION_REASON, reason.name())
        .setVariable(Vars.ESCALATION_NOTE, note)
        .correlate();
  }

  private void escalate(ProcessInstance work) {
    assertThat(work).isWaitingAt(TieredSupport.WORK_TICKET);
    complete(
        task(work),
        withVariables(
            Vars.OUTCOME,
            Outcomes.ESCALATE,
            Vars.ESCALATION_REASON,
            EscalationReason.CANNOT_RESOLVE.name(),
            Vars.ESCALATION_NOTE,
            "Needs someone who knows the reporting module."));
  }
}
