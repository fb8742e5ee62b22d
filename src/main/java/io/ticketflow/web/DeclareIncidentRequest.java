package io.ticketflow.web;

import io.ticketflow.incident.IncidentDeclaration;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/incidents}: a manager or the emergency team declares one. */
public record DeclareIncidentRequest(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String description,
    @NotNull Category category,
    Subcategory subcategory,
    Boolean drill,
    @Size(max = 200)
        List<@NotNull @Pattern(regexp = TicketController.NUMBER_PATTERN) String> linkTickets) {

  IncidentDeclaration toDeclaration() {
    return IncidentDeclaration.byManager(
        title.strip(),
        description == null || description.isBlank() ? null : description.strip(),
        category,
        subcategory,
        Boolean.TRUE.equals(drill),
        linkTickets);
  }
}
