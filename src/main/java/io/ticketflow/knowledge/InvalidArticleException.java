package io.ticketflow.knowledge;

import io.ticketflow.ticket.FieldError;
import java.util.List;

/** Article content that breaks a rule, with each offending field. */
public class InvalidArticleException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidArticleException(List<FieldError> errors) {
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
