package io.ticketflow.template;

import io.ticketflow.ticket.FieldError;
import java.util.List;

/** A template that breaks a rule (a placeholder nobody knows, say), with each offending field. */
public class InvalidTemplateException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidTemplateException(List<FieldError> errors) {
    super(
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid"));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
