package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.config.TaskConflictFilter.Action;
import io.ticketflow.config.TaskConflictFilter.Conflict;
import io.ticketflow.config.TaskConflictFilter.TaskCall;
import io.ticketflow.config.TaskConflictFilter.TaskState;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TaskConflictFilterTest {

  private static final String OPTIMISTIC_LOCK =
      "{\"type\":\"RestException\",\"message\":\"Cannot submit task form t-1: ENGINE-03005"
          + " Execution of 'DELETE TaskEntity[t-1]' failed. Entity was updated by another"
          + " transaction concurrently.\"}";
  private static final String NOT_FOUND =
      "{\"type\":\"RestException\",\"message\":\"Cannot complete task t-1: Cannot find task with"
          + " id t-1: task is null\"}";
  private static final String ALREADY_CLAIMED =
      "{\"type\":\"TaskAlreadyClaimedException\",\"message\":\"Task 't-1' is already claimed by"
          + " someone else.\"}";

  private static final TaskState COMPLETED = new TaskState(false, null, true, "completed");
  private static final TaskState NEVER_EXISTED = new TaskState(false, null, false, null);

  private final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
  private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
  private final IdentityService identity = mock(IdentityService.class);
  private final ObjectMapper json = new ObjectMapper();
  private final TaskConflictFilter filter = new TaskConflictFilter(tasks, history, identity, json);

  @Test
  void looksOnlyAtPostsThatCompleteOrClaimATaskThroughEitherEngineApi() {
    assertThat(TaskConflictFilter.taskCall("POST", "/engine-rest/task/t-1/complete"))
        .contains(new TaskCall("t-1", Action.COMPLETE));
    assertThat(TaskConflictFilter.taskCall("POST", "/engine-rest/task/t-1/submit-form"))
        .contains(new TaskCall("t-1", Action.COMPLETE));
    assertThat(TaskConflictFilter.taskCall("POST", "/engine-rest/task/t-1/claim"))
        .contains(new TaskCall("t-1", Action.CLAIM));
    assertThat(TaskConflictFilter.taskCall("POST", "/engine-rest/engine/default/task/t-1/complete"))
        .contains(new TaskCall("t-1", Action.COMPLETE));
    assertThat(
            TaskConflictFilter.taskCall(
                "POST", "/camunda/api/engine/engine/default/task/t-1/submit-form"))
        .contains(new TaskCall("t-1", Action.COMPLETE));
    assertThat(
            TaskConflictFilter.taskCall(
                "POST", "/camunda/api/engine/engine/default/task/t-1/claim"))
        .contains(new TaskCall("t-1", Action.CLAIM));
    assertThat(TaskConflictFilter.taskCall("GET", "/engine-rest/task/t-1/complete")).isEmpty();
    assertThat(TaskConflictFilter.taskCall("POST", "/engine-rest/task/t-1/unclaim")).isEmpty();
    assertThat(TaskConflictFilter.taskCall("POST", "/engine-rest/task/t-1/form-variables"))
        .isEmpty();
    assertThat(TaskConflictFilter.taskCall("POST", "/api/tickets/TS1/complete")).isEmpty();
  }

  @Test
  void serverErrorsNotFoundAndForbiddenMayBeTheLosersSideOfARace() {
    assertThat(TaskConflictFilter.mayBeRace(500)).isTrue();
    assertThat(TaskConflictFilter.mayBeRace(404)).isTrue();
    // the winner's completion removes the task's grants: the loser may fail the check on them
    assertThat(TaskConflictFilter.mayBeRace(403)).isTrue();
    assertThat(TaskConflictFilter.mayBeRace(204)).isFalse();
    assertThat(TaskConflictFilter.mayBeRace(400)).isFalse();
  }

  @Test
  void aRefusalOnATaskThatIsStillOpenStaysARefusal() {
    String forbidden =
        "{\"type\":\"AuthorizationException\",\"message\":\"The user with id 'x' does not"
            + " have 'UPDATE' permission on resource 'y' of type 'Task'.\"}";
    for (Action action : Action.values()) {
      assertThat(
              TaskConflictFilter.conflict(
                  action, forbidden, new TaskState(true, "mary", false, null)))
          .isEmpty();
      assertThat(TaskConflictFilter.conflict(action, forbidden, COMPLETED)).isPresent();
    }
  }

  @Test
  void aTaskCompletedBySomeoneElseIsAConflictWhateverTheEngineSaid() {
    for (String body : new String[] {OPTIMISTIC_LOCK, NOT_FOUND, ""}) {
      for (Action action : Action.values()) {
        Optional<Conflict> conflict = TaskConflictFilter.conflict(action, body, COMPLETED);
        assertThat(conflict).isPresent();
        assertThat(conflict.get().type()).isEqualTo("TaskAlreadyCompleted");
        assertThat(conflict.get().message()).contains("Someone else completed").contains("Reload");
      }
    }
  }

  @Test
  void aTaskEndedOtherwiseIsAConflictThatSaysTheTicketMovedOn() {
    Optional<Conflict> conflict =
        TaskConflictFilter.conflict(
            Action.COMPLETE, NOT_FOUND, new TaskState(false, null, true, "deleted"));
    assertThat(conflict).map(Conflict::type).contains("TaskAlreadyCompleted");
    assertThat(conflict.get().message()).contains("moved on").contains("Reload");
  }

  @Test
  void aTaskThatNeverExistedKeepsCamundasAnswer() {
    assertThat(TaskConflictFilter.conflict(Action.COMPLETE, NOT_FOUND, NEVER_EXISTED)).isEmpty();
    assertThat(TaskConflictFilter.conflict(Action.CLAIM, NOT_FOUND, NEVER_EXISTED)).isEmpty();
  }

  @Test
  void aTaskClaimedBySomeoneElseIsAConflict() {
    TaskState claimed = new TaskState(true, "oscar", false, null);
    for (String body : new String[] {ALREADY_CLAIMED, OPTIMISTIC_LOCK}) {
      Optional<Conflict> conflict = TaskConflictFilter.conflict(Action.CLAIM, body, claimed);
      assertThat(conflict).map(Conflict::type).contains("TaskAlreadyClaimed");
      assertThat(conflict.get().message()).contains("Someone else claimed").contains("Reload");
    }
  }

  @Test
  void aConcurrentChangeOfAnOpenTaskIsAConflictOtherErrorsAreNot() {
    TaskState open = new TaskState(true, null, false, null);
    assertThat(TaskConflictFilter.conflict(Action.COMPLETE, OPTIMISTIC_LOCK, open))
        .map(Conflict::type)
        .contains("ConcurrentChange");
    assertThat(
            TaskConflictFilter.conflict(
                Action.COMPLETE, "{\"message\":\"ERROR: deadlock detected\"}", open))
        .map(Conflict::type)
        .contains("ConcurrentChange");
    assertThat(
            TaskConflictFilter.conflict(
                Action.COMPLETE,
                "{\"type\":\"ProcessEngineException\",\"message\":\"boom\"}",
                open))
        .isEmpty();
    assertThat(TaskConflictFilter.conflict(Action.CLAIM, ALREADY_CLAIMED, open)).isEmpty();
  }

  @Test
  void theLosersServerErrorBecomes409InCamundasErrorShape() throws Exception {
    when(tasks.createTaskQuery().taskId("t-1").singleResult()).thenReturn(null);
    HistoricTaskInstance past = mock(HistoricTaskInstance.class);
    when(past.getEndTime()).thenReturn(new Date());
    when(past.getDeleteReason()).thenReturn("completed");
    when(history.createHistoricTaskInstanceQuery().taskId("t-1").singleResult()).thenReturn(past);
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(
        post("/camunda/api/engine/engine/default/task/t-1/submit-form"),
        response,
        (req, res) -> fail((HttpServletResponse) res, OPTIMISTIC_LOCK));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentType()).startsWith("application/json");
    JsonNode body = json.readTree(response.getContentAsString());
    assertThat(body.get("type").asText()).isEqualTo("TaskAlreadyCompleted");
    assertThat(body.get("message").asText()).contains("Someone else completed");
  }

  @Test
  void otherAnswersPassUnchanged() throws Exception {
    when(tasks.createTaskQuery().taskId("t-2").singleResult()).thenReturn(null);
    when(history.createHistoricTaskInstanceQuery().taskId("t-2").singleResult()).thenReturn(null);
    MockHttpServletResponse unknown = new MockHttpServletResponse();
    filter.doFilter(
        post("/engine-rest/task/t-2/complete"),
        unknown,
        (req, res) -> fail((HttpServletResponse) res, NOT_FOUND));
    assertThat(unknown.getStatus()).isEqualTo(500);
    assertThat(unknown.getContentAsString()).isEqualTo(NOT_FOUND);

    Task task = mock(Task.class);
    when(tasks.createTaskQuery().taskId("t-3").singleResult()).thenReturn(task);
    MockHttpServletResponse done = new MockHttpServletResponse();
    filter.doFilter(
        post("/engine-rest/task/t-3/complete"),
        done,
        (req, res) -> ((HttpServletResponse) res).setStatus(204));
    assertThat(done.getStatus()).isEqualTo(204);
    assertThat(done.getContentAsString()).isEmpty();
  }

  private static MockHttpServletRequest post(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRequestURI(path);
    return request;
  }

  private static void fail(HttpServletResponse response, String body) throws java.io.IOException {
    response.setStatus(500);
    response.setContentType("application/json");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
