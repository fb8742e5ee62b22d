package io.ticketflow.template;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;

/**
 * What a manager writes for a common request type of the portal's form.
 *
 * @param description the skeleton of the description, e.g. questions to answer; may be empty
 * @param subcategory must belong to {@code category}, as on a ticket
 * @param impact null means {@code INDIVIDUAL}, as on a ticket
 * @param language a BCP 47 tag: the portal offers it in that language only; null for every language
 * @param active whether the portal offers it; null means yes
 * @param sortOrder its place in the portal's list (then by name); null means 0
 */
public record TicketTemplateDraft(
    String name,
    String title,
    String description,
    Category category,
    Subcategory subcategory,
    Urgency urgency,
    Impact impact,
    String language,
    Boolean active,
    Integer sortOrder) {}
