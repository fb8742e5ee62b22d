package io.ticketflow.process;

import io.ticketflow.intake.TicketDraft;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The answers of the {@code log-request} start form as a request for the intake, and a refused
 * request as a form error that Tasklist shows on the form.
 */
public final class LoggedRequest {

  /** The channels an agent logs requests from; the others come in by themselves. */
  static final Set<Channel> LOGGED_CHANNELS = Set.of(Channel.PHONE, Channel.CHAT, Channel.IM);

  /** The engine keeps a string variable in at most this many characters. */
  static final int MAX_PROCESS_TEXT = 4000;

  private LoggedRequest() {}

  /**
   * The request in the variables.
   *
   * @param loggedBy the agent who logged it
   * @throws InvalidTicketRequestException naming each field that is not one of its choices
   */
  public static TicketDraft draft(VariableScope variables, String loggedBy) {
    List<FieldError> errors = new ArrayList<>();
    Channel channel = choice(variables, Vars.CHANNEL, Channel.class, errors);
    if (channel != null && !LOGGED_CHANNELS.contains(channel)) {
      errors.add(new FieldError(Vars.CHANNEL, "choose one of PHONE, CHAT, IM"));
    }
    String description = text(variables, Vars.TICKET_DESCRIPTION);
    if (description != null && description.length() > MAX_PROCESS_TEXT) {
      errors.add(
          new FieldError(
              Vars.TICKET_DESCRIPTION, "must be at most " + MAX_PROCESS_TEXT + " characters"));
    }
    TicketDraft draft =
        new TicketDraft(
            text(variables, Vars.TICKET_TITLE),
            description,
            choice(variables, Vars.CATEGORY, Category.class, errors),
            choice(variables, Vars.SUBCATEGORY, Subcategory.class, errors),
            choice(variables, Vars.URGENCY, Urgency.class, errors),
            choice(variables, Vars.IMPACT, Impact.class, errors),
            channel,
            text(variables, Vars.REQUESTER_NAME),
            text(variables, Vars.REQUESTER_EMAIL),
            text(variables, Vars.REQUESTER_PHONE),
            text(variables, Vars.REQUESTER_DEPARTMENT),
            null,
            null,
            loggedBy);
    if (!errors.isEmpty()) {
      throw new InvalidTicketRequestException(errors);
    }
    return draft;
  }

  /** The refusal as a form validation error: Tasklist shows its message on the form. */
  public static FormFieldValidationException formError(InvalidTicketRequestException refused) {
    String message =
        refused.errors().stream()
            .map(e -> e.field() + ": " + e.message())
            .collect(Collectors.joining("; "));
    String field = refused.errors().isEmpty() ? null : refused.errors().get(0).field();
    return new FormFieldValidationException(field, "Please correct the form. " + message);
  }

  private static String text(VariableScope variables, String name) {
    Object value = variables.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static <E extends Enum<E>> E choice(
      VariableScope variables, String name, Class<E> type, List<FieldError> errors) {
    String value = text(variables, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException unknown) {
      errors.add(new FieldError(name, "unknown value '" + value + "'"));
      return null;
    }
  }
}
