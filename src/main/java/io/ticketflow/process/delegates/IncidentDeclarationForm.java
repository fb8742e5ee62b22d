package io.ticketflow.process.delegates;

import io.ticketflow.incident.IncidentDeclaration;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.Subcategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the declare-incident start form into a declaration, checking every field at once: title
 * required, known category, a subcategory of that category, lengths the incident store keeps.
 */
final class IncidentDeclarationForm {

  private IncidentDeclarationForm() {}

  /**
   * @throws InvalidTicketRequestException naming each offending form field
   */
  static IncidentDeclaration read(VariableScope form) {
    List<FieldError> errors = new ArrayList<>();
    String title = text(form, Vars.INCIDENT_TITLE);
    if (title == null) {
      errors.add(new FieldError(Vars.INCIDENT_TITLE, "must not be blank"));
    } else if (title.length() > IncidentService.MAX_TITLE) {
      errors.add(tooLong(Vars.INCIDENT_TITLE, IncidentService.MAX_TITLE));
    }
    String description = text(form, Vars.INCIDENT_DESCRIPTION);
    if (description != null && description.length() > IncidentService.MAX_TEXT) {
      errors.add(tooLong(Vars.INCIDENT_DESCRIPTION, IncidentService.MAX_TEXT));
    }
    Optional<Category> category = choice(form, Vars.CATEGORY, Category.class, errors);
    if (category.isEmpty() && text(form, Vars.CATEGORY) == null) {
      errors.add(new FieldError(Vars.CATEGORY, "must be chosen"));
    }
    Optional<Subcategory> subcategory = choice(form, Vars.SUBCATEGORY, Subcategory.class, errors);
    if (category.isPresent() && subcategory.filter(s -> !s.belongsTo(category.get())).isPresent()) {
      errors.add(
          new FieldError(Vars.SUBCATEGORY, subcategory.get() + " is not of " + category.get()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidTicketRequestException(errors);
    }
    return IncidentDeclaration.byManager(
        title,
        description,
        category.orElseThrow(),
        subcategory.orElse(null),
        Boolean.TRUE.equals(form.getVariable(Vars.DRILL)),
        List.of());
  }

  /** The stripped text of a field, or null when it is empty or not text. */
  private static String text(VariableScope form, String key) {
    return form.getVariable(key) instanceof String value && !value.isBlank() ? value.strip() : null;
  }

  private static <E extends Enum<E>> Optional<E> choice(
      VariableScope form, String key, Class<E> type, List<FieldError> errors) {
    String value = text(form, key);
    if (value == null) {
      return Optional.empty();
    }
    Optional<E> known =
        Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    if (known.isEmpty()) {
      errors.add(new FieldError(key, "unknown value " + value));
    }
    return known;
  }

  private static FieldError tooLong(String key, int max) {
    return new FieldError(key, "at most " + max + " characters");
  }
}
