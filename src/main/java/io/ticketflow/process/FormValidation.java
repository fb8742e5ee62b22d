package io.ticketflow.process;

import io.ticketflow.ticket.InvalidTicketRequestException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Turns a submission the domain refused into the form validation error that Tasklist shows and the
 * engine REST API answers with 400; the task stays open, or the instance is not started.
 */
public final class FormValidation {

  private FormValidation() {}

  /** Runs a step that records form input; a refusal becomes a form validation error. */
  public static void refusingInvalidInput(Runnable step) {
    try {
      step.run();
    } catch (InvalidTicketRequestException invalid) {
      throw refused(invalid);
    }
  }

  public static FormFieldValidationException refused(InvalidTicketRequestException invalid) {
    String detail =
        invalid.errors().stream()
            .map(e -> e.field() + ": " + e.message())
            .collect(Collectors.joining("; "));
    return new FormFieldValidationException(invalid.errors(), detail);
  }
}
