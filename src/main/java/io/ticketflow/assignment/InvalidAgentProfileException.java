package io.ticketflow.assignment;

import io.ticketflow.ticket.FieldError;
import java.util.List;

/** A profile change that names skills nobody knows, with each offending field. */
public class InvalidAgentProfileException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidAgentProfileException(List<FieldError> errors) {
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
