package io.ticketflow.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adjustments to the engine REST API at {@code /engine-rest}. */
@Configuration
public class EngineRestConfig {

  @Bean
  ResourceConfigCustomizer formValidationAsBadRequest() {
    return config -> config.register(FormValidationExceptionMapper.class);
  }

  /**
   * A task listener that refuses an agent's submission throws a form validation error; the engine
   * wraps it as a listener failure, which the REST API would answer with 500. It is the client's
   * mistake, so answer 400 with the validation message; everything else as Camunda does.
   */
  @Priority(1)
  public static class FormValidationExceptionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException invalid) {
          ExceptionDto body = new ExceptionDto();
          body.setType(FormFieldValidationException.class.getSimpleName());
          body.setMessage(invalid.getMessage());
          return Response.status(Response.Status.BAD_REQUEST)
              .entity(body)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .build();
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
