package io.ticketflow.web;

import io.ticketflow.template.TicketTemplate;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A request template as managers keep it. */
public record TicketTemplateResponse(
    long id,
    String name,
    String title,
    String description,
    Category category,
    Subcategory subcategory,
    Urgency urgency,
    Impact impact,
    String language,
    boolean active,
    int sortOrder,
    String createdBy,
    OffsetDateTime createdAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    long version) {

  static TicketTemplateResponse of(TicketTemplate template, ZoneId zone) {
    return new TicketTemplateResponse(
        template.getId(),
        template.getName(),
        template.getTitle(),
        template.getDescription(),
        template.getCategory(),
        template.getSubcategory(),
        template.getUrgency(),
        template.getImpact(),
        template.getLanguage().orElse(null),
        template.isActive(),
        template.getSortOrder(),
        template.getCreatedBy(),
        TicketResponse.at(template.getCreatedAt(), zone),
        template.getUpdatedBy(),
        TicketResponse.at(template.getUpdatedAt(), zone),
        template.getVersion());
  }

  /** What the portal's form needs of a request template: no staff fields. */
  public record PortalView(
      long id,
      String name,
      String title,
      String description,
      Category category,
      Subcategory subcategory,
      Urgency urgency,
      Impact impact) {

    static PortalView of(TicketTemplate template) {
      return new PortalView(
          template.getId(),
          template.getName(),
          template.getTitle(),
          template.getDescription(),
          template.getCategory(),
          template.getSubcategory(),
          template.getUrgency(),
          template.getImpact());
    }
  }
}
