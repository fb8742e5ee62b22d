package io.ticketflow.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Shows a Chinese agent the Chinese twin of a task's (or a start event's) Camunda Form. Each form
 * in {@code forms/} may have a twin in Chinese beside it, the same form with its texts translated
 * and the id {@code <id>-zh} (e.g. {@code work-ticket-zh.form}), deployed with it. When Tasklist
 * (or a client of the engine REST API) fetches a task's form ({@code GET
 * …/task/{id}/deployed-form}, or a process definition's {@code …/deployed-start-form}) in Chinese
 * ({@link StaffLanguage}), the answer is the twin from the same deployment as the task's process;
 * for English, or for a form without a twin, the engine's answer passes unchanged. The engine
 * answered first, so the caller may read the task. The user task keeps its one {@code formRef},
 * bound to the deployment, and the same fields (keys) in both languages.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 2)
public class FormLanguageFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FormLanguageFilter.class);

  /**
   * The deployed form of a task, or the start form of a process definition by its id: engine REST
   * API (default or named engine) or webapps.
   */
  static final Pattern DEPLOYED_FORM =
      Pattern.compile(
          "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
              + "/(task|process-definition)/([^/]+)/deployed-(?:start-)?form$");

  private static final String TASK = "task";

  /** The suffix of a form's Chinese twin, in its id and file name. */
  static final String CHINESE = "-zh";

  private static final String FORM_FILE = ".form";

  private final TaskService taskService;
  private final RepositoryService repository;
  private final ObjectMapper json;

  public FormLanguageFilter(
      TaskService taskService, RepositoryService repository, ObjectMapper json) {
    this.taskService = taskService;
    this.repository = repository;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !HttpMethod.GET.matches(request.getMethod())
        || target(request).isEmpty()
        || !"zh".equals(StaffLanguage.of(request));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() == HttpServletResponse.SC_OK) {
      Optional<byte[]> twin = twin(target(request).orElseThrow(), answer.getContentAsByteArray());
      if (twin.isPresent()) {
        answer.resetBuffer();
        answer.getOutputStream().write(twin.get());
      }
    }
    answer.copyBodyToResponse();
  }

  /** A task's or a process definition's form: which of them, and its id. */
  record Target(boolean task, String id) {}

  /** The Chinese twin of the form the engine answered with, or empty to leave the answer. */
  Optional<byte[]> twin(Target target, byte[] form) {
    try {
      JsonNode parsed = json.readTree(form);
      String id = parsed.path("id").asText("");
      if (id.isEmpty() || id.endsWith(CHINESE)) {
        return Optional.empty();
      }
      String definition = target.id();
      if (target.task()) {
        Task task = taskService.createTaskQuery().taskId(target.id()).singleResult();
        if (task == null || task.getProcessDefinitionId() == null) {
          return Optional.empty();
        }
        definition = task.getProcessDefinitionId();
      }
      String deployment = repository.getProcessDefinition(definition).getDeploymentId();
      String file = id + CHINESE + FORM_FILE;
      Optional<String> resource =
          repository.getDeploymentResourceNames(deployment).stream()
              .filter(name -> name.equals(file) || name.endsWith("/" + file))
              .findFirst();
      if (resource.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream in = repository.getResourceAsStream(deployment, resource.get())) {
        return Optional.of(in.readAllBytes());
      }
    } catch (RuntimeException | IOException e) {
      LOG.warn("The form of {} is shown in English: {}", target, e.toString());
      return Optional.empty();
    }
  }

  static Optional<Target> target(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher matcher = DEPLOYED_FORM.matcher(path);
    return matcher.matches()
        ? Optional.of(new Target(TASK.equals(matcher.group(1)), matcher.group(2)))
        : Optional.empty();
  }
}
