package io.ticketflow.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.Method;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedMethod;

/**
 * How the engine REST API answers what goes wrong: every error is Camunda's JSON error body, its
 * message without Java class or package names; a request the engine cannot read or refuses is a
 * 4xx, never a 500; and no answer may be stored by a cache ({@code no-store}: tasks, variables and
 * history hold personal data).
 */
public final class EngineRestErrors {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);

  /** Camunda's error type for a request it cannot use. */
  static final String INVALID_REQUEST = "InvalidRequestException";

  static final String SERVER_ERROR = "ServerError";

  /** "org.camunda….SomeException: " at the start of a message, or inside it. */
  private static final Pattern EXCEPTION_PREFIX =
      Pattern.compile("(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*");

  private static final Pattern JAVA_TYPE =
      Pattern.compile("(?:to )?java type `?(?:[a-z_$][\\w$]*\\.)*[A-Z][\\w$]*`?");

  /** A qualified class name: {@code java.util.Date}, {@code org.camunda…TaskQueryDto}. */
  private static final Pattern QUALIFIED =
      Pattern.compile("`?\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:\\[\\])?`?");

  /** A simple class name of the kinds a message shows: {@code TaskQueryDto}, {@code …Exception}. */
  private static final Pattern SIMPLE =
      Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Dto|Exception|Error|Impl|Entity|Cmd)\\b");

  /** A message that says the named thing does not exist (the engine's null checks say so). */
  private static final Pattern NOT_FOUND =
      Pattern.compile("(?i)(doesn't exist|does not exist|cannot find|no matching|not found)");

  /** Camunda's error types for a value the request did not send or that names nothing. */
  private static final String NULL_VALUE = "NullValueException";

  private static final String REST_EXCEPTION = "RestException";

  private EngineRestErrors() {}

  /**
   * The status a 500 of Camunda's REST layers (engine REST, the webapps' APIs) really is, where it
   * is the client's mistake: the engine's null check on what the request named or left out ({@code
   * NullValueException}, also wrapped in a {@code RestException}: 404 when it names something that
   * does not exist, else 400); a resource that dereferenced a body the request did not send ({@code
   * NullPointerException}: 400); a body that is not UTF-8 or in an unknown charset (400); a form
   * parameter read from a body of another type (415).
   *
   * @return the 4xx status, or 0 when the error stays a 500
   */
  static int clientStatus(String type, String message) {
    String text = message == null ? "" : message;
    if (NULL_VALUE.equals(type)) {
      return NOT_FOUND.matcher(text).find() ? 404 : 400;
    }
    if (REST_EXCEPTION.equals(type) && NOT_FOUND.matcher(text).find()) {
      return 404;
    }
    if (NullPointerException.class.getSimpleName().equals(type)
        || "MalformedUtf8Exception".equals(type)
        || java.nio.charset.UnsupportedCharsetException.class.getSimpleName().equals(type)
        || java.nio.charset.IllegalCharsetNameException.class.getSimpleName().equals(type)) {
      return 400;
    }
    if (IllegalStateException.class.getSimpleName().equals(type) && text.contains("@FormParam")) {
      return 415;
    }
    return 0;
  }

  /** The message of an error that {@link #clientStatus} turned into a 4xx. */
  static String clientMessage(int status, String message) {
    return switch (status) {
      case 404 -> withoutClassNames(message);
      case 415 -> "Unsupported Media Type";
      default ->
          message != null && NOT_FOUND.matcher(message).find()
              ? withoutClassNames(message)
              : "The request is missing a value this call needs, or it cannot be read.";
    };
  }

  /** The message with every Java class and package name taken out. */
  static String withoutClassNames(String message) {
    if (message == null) {
      return null;
    }
    String text = EXCEPTION_PREFIX.matcher(message).replaceAll("");
    text = JAVA_TYPE.matcher(text).replaceAll("to the expected type");
    text = QUALIFIED.matcher(text).replaceAll("a value");
    return SIMPLE.matcher(text).replaceAll("the request").trim();
  }

  static Response error(Response.Status status, String type, String message) {
    return error(status.getStatusCode(), type, message);
  }

  static Response error(int status, String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * What Camunda's own mappers would answer with 500 and the exception's class name: a body that is
   * not UTF-8 or a value of the wrong type (Camunda's query parameter setters fail with {@code
   * IllegalArgumentException} or {@code ClassCastException}) is the client's: 400. JAX-RS refusals
   * (404, 405, 415) keep their status. Anything else is our failure: 500, logged, with no detail.
   */
  @Priority(1)
  public static class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
      if (exception instanceof WebApplicationException refusal) {
        Response answer = refusal.getResponse();
        return error(
            answer.getStatus(),
            answer.getStatus() >= 500 ? SERVER_ERROR : INVALID_REQUEST,
            answer.getStatusInfo().getReasonPhrase());
      }
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof CharacterCodingException) {
          return error(Response.Status.BAD_REQUEST, INVALID_REQUEST, cause.getMessage());
        }
        if (cause instanceof NullPointerException && fromCamunda(cause)) {
          // a resource read a body or value the request did not send
          return error(Response.Status.BAD_REQUEST, INVALID_REQUEST, clientMessage(400, null));
        }
        if (cause instanceof IllegalArgumentException || cause instanceof ClassCastException) {
          return error(
              Response.Status.BAD_REQUEST,
              INVALID_REQUEST,
              "A parameter or value of the request has the wrong type or form.");
        }
      }
      LOG.error("Unexpected error in the engine REST API", exception);
      return error(
          Response.Status.INTERNAL_SERVER_ERROR,
          SERVER_ERROR,
          "Something went wrong on our side; please try again.");
    }
  }

  private static boolean fromCamunda(Throwable exception) {
    StackTraceElement[] trace = exception.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("org.camunda.bpm.");
  }

  /**
   * The engine's own refusal of what is asked in the current state (a plain {@link
   * ProcessEngineException} with no cause underneath: "the task cannot be deleted because it is
   * part of a running process"): 409, not Camunda's 500.
   */
  static boolean isRefusal(ProcessEngineException exception) {
    return exception.getClass() == ProcessEngineException.class && exception.getCause() == null;
  }

  /**
   * Boolean query parameters of the engine's resource methods ({@code deserializeValues}, …) take
   * {@code true} or {@code false}; JAX-RS reads anything else as false.
   */
  public static class BooleanParameterFilter implements ContainerRequestFilter {

    private ResourceInfo resource;

    @Context
    public void setResource(ResourceInfo resource) {
      this.resource = resource;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Method method = resource == null ? null : resource.getResourceMethod();
      if (method == null) {
        return;
      }
      for (MethodParameter parameter : new AnnotatedMethod(method).getMethodParameters()) {
        QueryParam query = parameter.getParameterAnnotation(QueryParam.class);
        Class<?> type = parameter.getParameterType();
        if (query == null || (type != boolean.class && type != Boolean.class)) {
          continue;
        }
        for (String value :
            request.getUriInfo().getQueryParameters().getOrDefault(query.value(), List.of())) {
          if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            request.abortWith(
                error(
                    Response.Status.BAD_REQUEST,
                    INVALID_REQUEST,
                    "Query parameter '" + query.value() + "' must be true or false."));
            return;
          }
        }
      }
    }
  }

  /**
   * Every answer of the engine REST API: not to be stored ({@code no-store}, replacing Camunda's
   * {@code no-cache}); every error a JSON error body whose message names no Java class.
   */
  public static class ErrorBodyFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
      if (response.getStatus() < 400) {
        return;
      }
      Object entity = response.getEntity();
      if (entity instanceof ExceptionDto dto && response.getStatus() >= 500) {
        int client = clientStatus(dto.getType(), dto.getMessage());
        if (client > 0) {
          response.setStatus(client);
          dto.setType(INVALID_REQUEST);
          dto.setMessage(clientMessage(client, dto.getMessage()));
        }
      }
      if (entity instanceof ExceptionDto dto) {
        String message = withoutClassNames(dto.getMessage());
        // Camunda answers a body it cannot map with an empty message
        dto.setMessage(
            message == null || message.isBlank()
                ? response.getStatusInfo().getReasonPhrase()
                : message);
        return;
      }
      ExceptionDto body = new ExceptionDto();
      if (response.getStatus() >= 500) {
        body.setType(SERVER_ERROR);
        body.setMessage("Something went wrong on our side; please try again.");
      } else {
        body.setType(INVALID_REQUEST);
        body.setMessage(
            entity instanceof String
                ? "The request body cannot be read for this call."
                : response.getStatusInfo().getReasonPhrase());
      }
      response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    }
  }
}
