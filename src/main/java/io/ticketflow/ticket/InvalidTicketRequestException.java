package io.ticketflow.ticket;

import java.util.List;

/** A request that is well-formed but breaks a ticket rule, with each offending field. */
public class InvalidTicketRequestException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidTicketRequestException(List<FieldError> errors) {
    super(
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid"));
    this.errors = List.copyOf(errors);
  }

  public InvalidTicketRequestException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
