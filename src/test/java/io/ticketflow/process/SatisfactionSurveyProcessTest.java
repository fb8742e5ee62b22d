package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Forms;
import io.ticketflow.process.ProcessModel.SatisfactionSurvey;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scope test of {@code satisfaction-survey}: the real model, decision and form, mocked delegates
 * and listeners, the engine's clock moved to end an unanswered survey.
 */
@Deployment(
    resources = {
      "bpmn/satisfaction-survey.bpmn",
      "dmn/feedback-follow-up.dmn",
      "forms/follow-up-feedback.form"
    })
class SatisfactionSurveyProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  private static final String NUMBER = "TS20261122-0007";
  private static final Instant CLOSED_AT = Instant.parse("2026-11-22T02:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(7);

  private final JavaDelegate openSurvey = mock(JavaDelegate.class);
  private final JavaDelegate expireSurvey = mock(JavaDelegate.class);
  private final JavaDelegate recordFollowUp = mock(JavaDelegate.class);
  private final TaskListener followUpTaskCreated = mock(TaskListener.class);
  private final TaskListener followUpTaskCompleted = mock(TaskListener.class);

  /** What the mocked Open survey step finds on the ticket: a rating given before closing. */
  private String ratedBeforeClosing;

  private Integer scoreBeforeClosing;

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(CLOSED_AT));
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              execution.setVariable(Vars.ALREADY_RATED, ratedBeforeClosing != null);
              if (ratedBeforeClosing != null) {
                execution.setVariable(Vars.RATING, ratedBeforeClosing);
                execution.setVariable(Vars.SCORE, scoreBeforeClosing);
              }
              return null;
            })
        .when(openSurvey)
        .execute(any());
    Mocks.register(Beans.OPEN_SURVEY, openSurvey);
    Mocks.register(Beans.EXPIRE_SURVEY, expireSurvey);
    Mocks.register(Beans.RECORD_FOLLOW_UP, recordFollowUp);
    Mocks.register(Beans.FOLLOW_UP_TASK_CREATED, followUpTaskCreated);
    Mocks.register(Beans.FOLLOW_UP_TASK_COMPLETED, followUpTaskCompleted);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private static ProcessInstance closeTicket() {
    return runtimeService()
        .startProcessInstanceByKey(
            SatisfactionSurvey.KEY,
            NUMBER,
            withVariables(Vars.TICKET_NUMBER, NUMBER, Vars.SURVEY_WINDOW, WINDOW.toString()));
  }

  private static void requesterRates(String rating, Integer score) {
    runtimeService()
        .createMessageCorrelation(ProcessModel.Messages.FEEDBACK_RECEIVED)
        .processInstanceBusinessKey(NUMBER)
        .setVariable(Vars.RATING, rating)
        .setVariable(Vars.SCORE, score)
        .correlate();
  }

  @Test
  void closedTicketAwaitsTheRatingForTheSurveyWindow() {
    ProcessInstance survey = closeTicket();

    assertThat(survey)
        .hasPassedInOrder(
            SatisfactionSurvey.START_EVENT,
            SatisfactionSurvey.OPEN_SURVEY,
            SatisfactionSurvey.ALREADY_RATED)
        .isWaitingAt(SatisfactionSurvey.AWAIT_RATING);
    Job timeout = job(SatisfactionSurvey.SURVEY_TIMED_OUT, survey);
    Assertions.assertThat(timeout.getDuedate().toInstant()).isEqualTo(CLOSED_AT.plus(WINDOW));
  }

  @Test
  void satisfiedRatingWithAGoodScoreEndsTheSurveyWithoutFollowUp() throws Exception {
    ProcessInstance survey = closeTicket();

    requesterRates("SATISFIED", 5);

    assertThat(survey)
        .isEnded()
        .hasPassedInOrder(
            SatisfactionSurvey.RATING_RECEIVED,
            SatisfactionSurvey.DECIDE_FOLLOW_UP,
            SatisfactionSurvey.FOLLOW_UP_NEEDED,
            SatisfactionSurvey.SURVEY_ANSWERED)
        .hasNotPassed(SatisfactionSurvey.FOLLOW_UP, SatisfactionSurvey.EXPIRE_SURVEY);
    verify(expireSurvey, never()).execute(any());
    verify(recordFollowUp, never()).execute(any());
  }

  @Test
  void unsatisfiedRatingOpensAFollowUpForTheManagers() throws Exception {
    ProcessInstance survey = closeTicket();

    requesterRates("UNSATISFIED", null);

    assertThat(survey)
        .isWaitingAt(SatisfactionSurvey.FOLLOW_UP)
        .variables()
        .containsEntry(Vars.FOLLOW_UP, true)
        .containsEntry(Vars.FOLLOW_UP_GROUP, "managers")
        .containsEntry(Vars.FOLLOW_UP_REASON, "The requester is unsatisfied");
    assertThat(task(survey)).hasCandidateGroup("managers").isNotAssigned();
    verify(followUpTaskCreated).notify(any());
    Assertions.assertThat(
            taskService()
                .createTaskQuery()
                .processInstanceId(survey.getId())
                .initializeFormKeys()
                .singleResult()
                .getCamundaFormRef())
        .extracting(CamundaFormRef::getKey)
        .isEqualTo(Forms.FOLLOW_UP_FEEDBACK);

    complete(
        task(survey),
        withVariables(
            Vars.FOLLOW_UP_ACTION, "CONTACTED_REQUESTER", Vars.FOLLOW_UP_NOTE, "Called back"));

    assertThat(survey)
        .isEnded()
        .hasPassedInOrder(
            SatisfactionSurvey.FOLLOW_UP,
            SatisfactionSurvey.RECORD_FOLLOW_UP,
            SatisfactionSurvey.FOLLOWED_UP);
    verify(followUpTaskCompleted).notify(any());
    verify(recordFollowUp).execute(any());
  }

  @Test
  void lowScoreIsFollowedUpEvenWhenBasicallySatisfied() {
    ProcessInstance survey = closeTicket();

    requesterRates("BASICALLY_SATISFIED", 2);

    assertThat(survey)
        .isWaitingAt(SatisfactionSurvey.FOLLOW_UP)
        .variables()
        .containsEntry(Vars.FOLLOW_UP_REASON, "Low satisfaction score");
  }

  @Test
  void ratingGivenBeforeClosingCountsAtOnce() {
    ratedBeforeClosing = "UNSATISFIED";
    scoreBeforeClosing = 1;

    ProcessInstance survey = closeTicket();

    assertThat(survey)
        .isWaitingAt(SatisfactionSurvey.FOLLOW_UP)
        .hasNotPassed(SatisfactionSurvey.AWAIT_RATING, SatisfactionSurvey.RATING_RECEIVED);
  }

  @Test
  void ratingGivenBeforeClosingWithoutComplaintEndsTheSurvey() {
    ratedBeforeClosing = "SATISFIED";

    ProcessInstance survey = closeTicket();

    assertThat(survey)
        .isEnded()
        .hasPassed(SatisfactionSurvey.SURVEY_ANSWERED)
        .hasNotPassed(SatisfactionSurvey.AWAIT_RATING);
  }

  @Test
  void unansweredSurveyEndsAfterTheWindow() throws Exception {
    ProcessInstance survey = closeTicket();
    ClockUtil.setCurrentTime(Date.from(CLOSED_AT.plus(WINDOW)));

    execute(job(SatisfactionSurvey.SURVEY_TIMED_OUT, survey));

    assertThat(survey)
        .isEnded()
        .hasPassedInOrder(
            SatisfactionSurvey.SURVEY_TIMED_OUT,
            SatisfactionSurvey.EXPIRE_SURVEY,
            SatisfactionSurvey.SURVEY_EXPIRED)
        .hasNotPassed(SatisfactionSurvey.RATING_RECEIVED, SatisfactionSurvey.DECIDE_FOLLOW_UP);
    verify(expireSurvey).execute(any());
  }

  @Test
  void refusedFollowUpKeepsTheTaskOpen() throws Exception {
    ProcessInstance survey = closeTicket();
    requesterRates("UNSATISFIED", 1);
    Task followUp = task(survey);
    doThrow(
            new FormFieldValidationException(
                List.of(new FieldError("followUpNote", "say what you learned or agreed")),
                "followUpNote: say what you learned or agreed"))
        .when(followUpTaskCompleted)
        .notify(any());

    assertThatThrownBy(() -> taskService().complete(followUp.getId()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("followUpNote");

    assertThat(survey).isWaitingAt(SatisfactionSurvey.FOLLOW_UP);
    verify(recordFollowUp, never()).execute(any());
  }
}
