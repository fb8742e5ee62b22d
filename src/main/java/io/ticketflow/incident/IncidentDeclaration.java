package io.ticketflow.incident;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import java.util.List;
import java.util.Objects;

/**
 * What declares a major incident.
 *
 * @param subcategory optional; tickets of the same category and subcategory join an open incident
 * @param alertGroupKey Alertmanager's group key when monitoring declared it, else null
 * @param originTicketNumber the P1 ticket that declared it, else null
 * @param linkTickets ticket numbers to link at once
 */
public record IncidentDeclaration(
    String title,
    String description,
    Category category,
    Subcategory subcategory,
    IncidentSource source,
    boolean drill,
    String alertGroupKey,
    String originTicketNumber,
    List<String> linkTickets) {

  public IncidentDeclaration {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(source, "source");
    linkTickets = linkTickets == null ? List.of() : List.copyOf(linkTickets);
  }

  /** A declaration by a person (manager or emergency team), optionally as a drill. */
  public static IncidentDeclaration byManager(
      String title,
      String description,
      Category category,
      Subcategory subcategory,
      boolean drill,
      List<String> linkTickets) {
    return new IncidentDeclaration(
        title,
        description,
        category,
        subcategory,
        IncidentSource.MANAGER,
        drill,
        null,
        null,
        linkTickets);
  }
}
