package io.ticketflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.ticketflow.process.ProcessModel.Beans;
import io.ticketflow.process.ProcessModel.Forms;
import io.ticketflow.process.ProcessModel.KnowledgeCapture;
import io.ticketflow.process.ProcessModel.Vars;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scope test of {@code knowledge-capture}: the real model, forms and the escalation decision that
 * finds the reviewers, mocked delegates and listeners; every path from the two triggers to a
 * published or discarded article.
 */
@Deployment(
    resources = {
      "bpmn/knowledge-capture.bpmn",
      "dmn/ticket-escalation.dmn",
      "forms/write-article.form",
      "forms/review-article.form"
    })
class KnowledgeCaptureProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  private static final String ARTICLE = "KB-00042";

  private final JavaDelegate moveArticle = mock(JavaDelegate.class);

  /** The steps Move article ran in, in order. */
  private final List<String> moves = new ArrayList<>();

  private final TaskListener articleTaskCreated = mock(TaskListener.class);
  private final TaskListener articleTaskCompleted = mock(TaskListener.class);

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(extension.getProcessEngine());
    doAnswer(
            invocation -> {
              moves.add(((DelegateExecution) invocation.getArgument(0)).getCurrentActivityId());
              return null;
            })
        .when(moveArticle)
        .execute(any());
    Mocks.register(Beans.MOVE_ARTICLE, moveArticle);
    Mocks.register(Beans.ARTICLE_TASK_CREATED, articleTaskCreated);
    Mocks.register(Beans.ARTICLE_TASK_COMPLETED, articleTaskCompleted);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  private static ProcessInstance capture(String trigger, String category, String subcategory) {
    return runtimeService()
        .startProcessInstanceByKey(
            KnowledgeCapture.KEY,
            ARTICLE,
            withVariables(
                Vars.ARTICLE_NUMBER,
                ARTICLE,
                Vars.TRIGGER,
                trigger,
                Vars.CATEGORY,
                category,
                Vars.SUBCATEGORY,
                subcategory));
  }

  private static ProcessInstance reusableSolution() {
    return capture("REUSABLE_SOLUTION", "SYSTEM_FAULT", "SOFTWARE_BUG");
  }

  private static ProcessInstance recurringProblem() {
    return capture("RECURRING_PROBLEM", "ENVIRONMENT_CONFIGURATION", "NETWORK_SETTINGS");
  }

  private static void decide(ProcessInstance capture, String decision) {
    complete(task(capture), withVariables(Vars.ARTICLE_DECISION, decision));
  }

  private static String formOf(ProcessInstance capture) {
    CamundaFormRef form =
        taskService()
            .createTaskQuery()
            .processInstanceId(capture.getId())
            .initializeFormKeys()
            .singleResult()
            .getCamundaFormRef();
    return form.getKey();
  }

  @Test
  void reusableSolutionGoesStraightToReviewByTier2OfItsCategoryAndTier3() {
    ProcessInstance capture = reusableSolution();

    assertThat(capture)
        .isWaitingAt(KnowledgeCapture.REVIEW_ARTICLE)
        .hasPassedInOrder(KnowledgeCapture.FIND_REVIEWERS, KnowledgeCapture.TRIGGER)
        .hasNotPassed(KnowledgeCapture.WRITE_ARTICLE)
        .variables()
        .containsEntry(Vars.REVIEW_GROUP, "applications");
    assertThat(task(capture))
        .hasCandidateGroup("applications")
        .hasCandidateGroup("tier3")
        .isNotAssigned();
    Assertions.assertThat(formOf(capture)).isEqualTo(Forms.REVIEW_ARTICLE);
    verify(articleTaskCreated).notify(any());
  }

  @Test
  void publishedReviewEndsWithThePublishedArticle() throws Exception {
    ProcessInstance capture = reusableSolution();

    decide(capture, "PUBLISH");

    assertThat(capture)
        .isEnded()
        .hasPassedInOrder(
            KnowledgeCapture.REVIEW_ARTICLE,
            KnowledgeCapture.REVIEW_DECISION,
            KnowledgeCapture.PUBLISH_ARTICLE,
            KnowledgeCapture.ARTICLE_PUBLISHED);
    verify(articleTaskCompleted).notify(any());
    Assertions.assertThat(moves).containsExactly(KnowledgeCapture.PUBLISH_ARTICLE);
  }

  @Test
  void rejectedReviewDiscardsTheDraft() throws Exception {
    ProcessInstance capture = reusableSolution();

    decide(capture, "REJECT");

    assertThat(capture)
        .isEnded()
        .hasPassedInOrder(KnowledgeCapture.DISCARD_DRAFT, KnowledgeCapture.ARTICLE_DISCARDED)
        .hasNotPassed(KnowledgeCapture.PUBLISH_ARTICLE);
    Assertions.assertThat(moves).containsExactly(KnowledgeCapture.DISCARD_DRAFT);
  }

  @Test
  void reworkGoesBackToTheWriterAndComesBackForReview() throws Exception {
    ProcessInstance capture = reusableSolution();

    decide(capture, "REWORK");

    assertThat(capture)
        .hasPassed(KnowledgeCapture.RETURN_FOR_REWORK)
        .isWaitingAt(KnowledgeCapture.WRITE_ARTICLE);
    Assertions.assertThat(formOf(capture)).isEqualTo(Forms.WRITE_ARTICLE);
    assertThat(task(capture)).hasCandidateGroup("applications").hasCandidateGroup("tier3");

    decide(capture, "SUBMIT");
    assertThat(capture).isWaitingAt(KnowledgeCapture.REVIEW_ARTICLE);
    decide(capture, "PUBLISH");

    assertThat(capture).isEnded().hasPassed(KnowledgeCapture.ARTICLE_PUBLISHED);
    Assertions.assertThat(moves)
        .containsExactly(
            KnowledgeCapture.RETURN_FOR_REWORK,
            KnowledgeCapture.SUBMIT_FOR_REVIEW,
            KnowledgeCapture.PUBLISH_ARTICLE);
    verify(articleTaskCreated, times(3)).notify(any());
  }

  @Test
  void recurringProblemIsWrittenUpFirstThenReviewedAndPublished() throws Exception {
    ProcessInstance capture = recurringProblem();

    assertThat(capture)
        .isWaitingAt(KnowledgeCapture.WRITE_ARTICLE)
        .variables()
        .containsEntry(Vars.REVIEW_GROUP, "operations");
    assertThat(task(capture)).hasCandidateGroup("operations").hasCandidateGroup("tier3");

    decide(capture, "SUBMIT");

    assertThat(capture)
        .hasPassedInOrder(
            KnowledgeCapture.WRITE_ARTICLE,
            KnowledgeCapture.ARTICLE_NEEDED,
            KnowledgeCapture.SUBMIT_FOR_REVIEW)
        .isWaitingAt(KnowledgeCapture.REVIEW_ARTICLE);

    decide(capture, "PUBLISH");
    assertThat(capture).isEnded().hasPassed(KnowledgeCapture.ARTICLE_PUBLISHED);
    Assertions.assertThat(moves)
        .containsExactly(KnowledgeCapture.SUBMIT_FOR_REVIEW, KnowledgeCapture.PUBLISH_ARTICLE);
  }

  @Test
  void recurringProblemThatNeedsNoArticleDiscardsTheDraft() throws Exception {
    ProcessInstance capture = recurringProblem();

    decide(capture, "NOT_NEEDED");

    assertThat(capture)
        .isEnded()
        .hasPassed(KnowledgeCapture.DISCARD_DRAFT, KnowledgeCapture.ARTICLE_DISCARDED)
        .hasNotPassed(KnowledgeCapture.SUBMIT_FOR_REVIEW, KnowledgeCapture.REVIEW_ARTICLE);
    Assertions.assertThat(moves).containsExactly(KnowledgeCapture.DISCARD_DRAFT);
  }
}
