package io.ticketflow.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.spin.SpinRuntimeException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adjustments to the engine REST API at {@code /engine-rest}. */
@Configuration
public class EngineRestConfig {

  @Bean
  ResourceConfigCustomizer formValidationAsBadRequest() {
    return config ->
        config
            .register(FormValidationExceptionMapper.class)
            .register(RefusedValueMapper.class)
            .register(EngineRestErrors.UnexpectedErrorMapper.class)
            .register(EngineRestErrors.BooleanParameterFilter.class)
            .register(EngineRestErrors.ErrorBodyFilter.class);
  }

  /** Engine message code: a variable in Java's serialization format, which is switched off. */
  static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

  /** Spin's message when a JSON variable names a class that may not be deserialized. */
  static final String NOT_ALLOWED_FOR_DESERIALIZATION = "not whitelisted for deserialization";

  /**
   * A variable in Java's serialization format, or a JSON variable of a class that may not be
   * deserialized: the client sent (or asks to read) a value the engine refuses, so 400 with the
   * reason, not Camunda's 500.
   */
  static Optional<Response> refusedValue(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message == null) {
        continue;
      }
      if (message.contains(JAVA_SERIALIZATION_PROHIBITED)
          || cause instanceof SpinRuntimeException
              && message.contains(NOT_ALLOWED_FOR_DESERIALIZATION)) {
        return Optional.of(badRequest("InvalidVariableValue", message));
      }
    }
    return Optional.empty();
  }

  /** The database out of reach: 503 with Retry-After, as {@link DatabaseOutage} says. */
  static Optional<Response> databaseOutage(Throwable exception) {
    if (!DatabaseOutage.causedBy(exception)) {
      return Optional.empty();
    }
    ExceptionDto body = new ExceptionDto();
    body.setType("DatabaseUnavailable");
    body.setMessage(DatabaseOutage.DETAIL);
    return Optional.of(
        Response.status(Response.Status.SERVICE_UNAVAILABLE)
            .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
            .entity(body)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .build());
  }

  private static Response badRequest(String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(body)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  /**
   * Refused variable values thrown straight from the engine: 400 (see {@link #refusedValue}); the
   * engine's refusal of an operation in the current state: 409 ({@link
   * EngineRestErrors#isRefusal}).
   */
  @Priority(1)
  public static class RefusedValueMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return refusedValue(exception)
          .or(() -> databaseOutage(exception))
          .orElseGet(
              () ->
                  EngineRestErrors.isRefusal(exception)
                      ? EngineRestErrors.error(
                          Response.Status.CONFLICT,
                          exception.getClass().getSimpleName(),
                          exception.getMessage())
                      : camunda.toResponse(exception));
    }
  }

  /**
   * A task listener that refuses an agent's submission throws a form validation error; the engine
   * wraps it as a listener failure, which the REST API would answer with 500. It is the client's
   * mistake, so answer 400 with the validation message. Refused variable values are 400 too (see
   * {@link #refusedValue}); everything else as Camunda does.
   */
  @Priority(1)
  public static class FormValidationExceptionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException invalid) {
          return badRequest(
              FormFieldValidationException.class.getSimpleName(), invalid.getMessage());
        }
      }
      return refusedValue(exception)
          .or(() -> databaseOutage(exception))
          .orElseGet(() -> camunda.toResponse(exception));
    }
  }
}
