package io.ticketflow.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.process.ProcessModel.TieredSupport;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.process.WorkFormContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives the work form its read-only context when Tasklist (or a client of the engine REST API)
 * opens it: the answer of {@code GET …/task/{id}/form-variables} for a work task gets the variables
 * of {@link WorkFormContext}, computed from the ticket store at that moment, in the engine's own
 * format. The engine answered first, so the caller may read the task; any other answer, and the
 * answers for other tasks, pass unchanged. The process therefore keeps no copy of the ticket: no
 * task variables per work task, and a form that always shows the ticket as it is now.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 2)
public class WorkFormVariablesFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(WorkFormVariablesFilter.class);

  /** The form-variables call of a task: engine REST API (default or named engine) or webapps. */
  static final Pattern FORM_VARIABLES =
      Pattern.compile(
          "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
              + "/task/([^/]+)/form-variables$");

  private final TaskService taskService;
  private final WorkFormContext context;
  private final ObjectMapper json;

  public WorkFormVariablesFilter(
      TaskService taskService, WorkFormContext context, ObjectMapper json) {
    this.taskService = taskService;
    this.context = context;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !HttpMethod.GET.matches(request.getMethod()) || taskId(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() == HttpServletResponse.SC_OK) {
      Optional<byte[]> enriched =
          enriched(
              taskId(request).orElseThrow(),
              answer.getContentAsByteArray(),
              request.getParameter("variableNames"),
              StaffLanguage.of(request));
      if (enriched.isPresent()) {
        answer.resetBuffer();
        answer.getOutputStream().write(enriched.get());
      }
    }
    answer.copyBodyToResponse();
  }

  /** The engine's answer with the work form's context added, or empty to leave it as it is. */
  Optional<byte[]> enriched(String taskId, byte[] body, String variableNames, String language) {
    try {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      if (task == null || !TieredSupport.WORK_TICKET.equals(task.getTaskDefinitionKey())) {
        return Optional.empty();
      }
      JsonNode parsed = json.readTree(body);
      if (!(parsed instanceof ObjectNode variables)) {
        return Optional.empty();
      }
      List<String> wanted = wanted(variableNames);
      if (wanted.isEmpty()) {
        return Optional.empty();
      }
      String number = (String) taskService.getVariable(taskId, Vars.TICKET_NUMBER);
      String group = (String) taskService.getVariable(taskId, Vars.CANDIDATE_GROUP);
      VariableMap all = context.forTask(number, group, task.getAssignee(), language);
      VariableMap shown = Variables.createVariables();
      wanted.forEach(name -> shown.putValueTyped(name, all.getValueTyped(name)));
      for (Map.Entry<String, VariableValueDto> entry :
          VariableValueDto.fromMap(shown, true).entrySet()) {
        variables.set(entry.getKey(), json.valueToTree(entry.getValue()));
      }
      return Optional.of(json.writeValueAsBytes(variables));
    } catch (RuntimeException | IOException e) {
      LOG.warn("The work form of task {} is shown without its context: {}", taskId, e.toString());
      return Optional.empty();
    }
  }

  /** The context variables asked for: all of them, or those named in {@code variableNames}. */
  static List<String> wanted(String variableNames) {
    if (variableNames == null || variableNames.isBlank()) {
      return WorkFormContext.NAMES;
    }
    List<String> asked = Arrays.stream(variableNames.split(",")).map(String::strip).toList();
    return WorkFormContext.NAMES.stream().filter(asked::contains).toList();
  }

  static Optional<String> taskId(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher matcher = FORM_VARIABLES.matcher(path);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
