package io.ticketflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two agents completing or claiming the same task at the same moment: the engine lets one win and
 * fails the other with an optimistic locking error, "cannot find task" or "already claimed", which
 * Camunda answers with 500 (or with 403, when the winner's completion took the task's grants away
 * before the loser's authorization check). This filter looks at the failed answer of the few calls
 * that complete or claim a task, through the engine REST API and through the webapps' engine API
 * that Tasklist uses, and when the task was completed or claimed by someone else meanwhile (or
 * changed at the same moment) answers 409 with Camunda's error shape and a message Tasklist shows.
 * A task that never existed keeps Camunda's answer.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
public class TaskConflictFilter extends OncePerRequestFilter {

  /**
   * The task calls looked at, below the context path: the engine REST API (default engine or named)
   * or the webapps' engine API.
   */
  static final Pattern TASK_CALL =
      Pattern.compile(
          "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
              + "/task/([^/]+)/(complete|submit-form|claim)$");

  /** Signs of two transactions changing the same rows: optimistic locking, a deadlock. */
  private static final String[] CONCURRENT_CHANGE = {
    "optimisticlocking", "engine-03005", "updated by another transaction", "deadlock detected"
  };

  /** Camunda's TaskAlreadyClaimedException, by its type or its message. */
  private static final String[] ALREADY_CLAIMED = {"taskalreadyclaimed", "already claimed"};

  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final ObjectMapper json;

  public TaskConflictFilter(
      TaskService tasks, HistoryService history, IdentityService identity, ObjectMapper json) {
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
    this.json = json;
  }

  /** What the call does with the task. */
  enum Action {
    COMPLETE,
    CLAIM
  }

  /** A call that completes or claims a task. */
  record TaskCall(String taskId, Action action) {}

  /**
   * What became of the task once the call failed.
   *
   * @param open the task still exists
   * @param assignee its assignee, when open
   * @param ended a task of that id existed and has ended
   * @param deleteReason why it ended ({@code completed}, {@code deleted}...), when ended
   */
  record TaskState(boolean open, String assignee, boolean ended, String deleteReason) {}

  /** The answer that replaces Camunda's, in Camunda's error shape. */
  record Conflict(String type, String message) {}

  /** The task call a request makes, if it is one of those looked at. */
  static Optional<TaskCall> taskCall(String method, String path) {
    if (!"POST".equals(method)) {
      return Optional.empty();
    }
    Matcher matcher = TASK_CALL.matcher(path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Action action = "claim".equals(matcher.group(2)) ? Action.CLAIM : Action.COMPLETE;
    return Optional.of(new TaskCall(matcher.group(1), action));
  }

  /**
   * Whether a failed answer may be the loser's side of a race: a server error, not found, or
   * forbidden — the winner's completion also removes the task's grants, so the loser, who read the
   * task just before, can fail the authorization check. Only a task that ended meanwhile (or a
   * concurrent change) makes it a conflict: a 403 on a task that is still open stays a 403.
   */
  static boolean mayBeRace(int status) {
    return status >= HttpStatus.INTERNAL_SERVER_ERROR.value()
        || status == HttpStatus.NOT_FOUND.value()
        || status == HttpStatus.FORBIDDEN.value();
  }

  /**
   * The conflict behind a failed call, judged by what became of the task; empty when the failure
   * has nothing to do with someone else's work on the task (its answer stays Camunda's).
   */
  static Optional<Conflict> conflict(Action action, String body, TaskState state) {
    String text = body == null ? "" : body;
    if (!state.open()) {
      if (!state.ended()) {
        return Optional.empty();
      }
      if ("completed".equals(state.deleteReason())) {
        return Optional.of(
            new Conflict(
                "TaskAlreadyCompleted",
                "Someone else completed this task in the meantime."
                    + " Reload the task list to see what is still open."));
      }
      return Optional.of(
          new Conflict(
              "TaskAlreadyCompleted",
              "This task was closed in the meantime: the ticket has moved on."
                  + " Reload the task list to see what is still open."));
    }
    boolean concurrent = mentions(text, CONCURRENT_CHANGE);
    if (action == Action.CLAIM
        && state.assignee() != null
        && (concurrent || mentions(text, ALREADY_CLAIMED))) {
      return Optional.of(
          new Conflict(
              "TaskAlreadyClaimed",
              "Someone else claimed this task in the meantime."
                  + " Reload the task list to see who works on it."));
    }
    if (concurrent) {
      return Optional.of(
          new Conflict(
              "ConcurrentChange",
              "Someone else changed this task at the same moment."
                  + " Reload the task and try again."));
    }
    return Optional.empty();
  }

  private static boolean mentions(String body, String[] signs) {
    String text = body.toLowerCase(Locale.ROOT);
    for (String sign : signs) {
      if (text.contains(sign)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return taskCall(request.getMethod(), path(request)).isEmpty();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    TaskCall call = taskCall(request.getMethod(), path(request)).orElseThrow();
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    Optional<Conflict> conflict =
        mayBeRace(buffered.getStatus())
            ? conflict(
                call.action(),
                new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8),
                stateOf(call.taskId()))
            : Optional.empty();
    if (conflict.isEmpty()) {
      buffered.copyBodyToResponse();
      return;
    }
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", conflict.get().type());
    body.put("message", conflict.get().message());
    byte[] bytes = json.writeValueAsBytes(body);
    buffered.resetBuffer();
    response.setStatus(HttpStatus.CONFLICT.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }

  /** Looks the task up as the application, not as the caller, whose request is over. */
  private TaskState stateOf(String taskId) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task != null) {
        return new TaskState(true, task.getAssignee(), false, null);
      }
      HistoricTaskInstance past =
          history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      boolean ended = past != null && past.getEndTime() != null;
      return new TaskState(false, null, ended, ended ? past.getDeleteReason() : null);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
