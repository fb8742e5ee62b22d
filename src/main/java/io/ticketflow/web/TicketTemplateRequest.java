package io.ticketflow.web;

import io.ticketflow.template.TicketTemplateDraft;
import io.ticketflow.template.TicketTemplateService;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST} and {@code PUT /api/ticket-templates}; a PUT replaces every field.
 *
 * @param description the skeleton the requester completes; optional
 * @param subcategory must belong to the category
 * @param impact null means {@code INDIVIDUAL}
 * @param language the portal offers the template in this language only; null for every language
 * @param active null means true
 * @param sortOrder the place in the portal's list (then by name); null means 0
 * @param version on PUT, the version the change was made against (409 when it is not the stored
 *     one); optional
 */
public record TicketTemplateRequest(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = TicketTemplateService.MAX_TITLE) String title,
    @Size(max = TicketTemplateService.MAX_DESCRIPTION) String description,
    @NotNull Category category,
    @NotNull Subcategory subcategory,
    @NotNull Urgency urgency,
    Impact impact,
    @Size(max = 35) String language,
    Boolean active,
    @Min(0) @Max(TicketTemplateService.MAX_SORT_ORDER) Integer sortOrder,
    Long version) {

  TicketTemplateDraft toDraft() {
    return new TicketTemplateDraft(
        name,
        title,
        description,
        category,
        subcategory,
        urgency,
        impact,
        language,
        active,
        sortOrder);
  }
}
