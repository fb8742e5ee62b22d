package io.ticketflow.ticket;

/**
 * A validated request to open a ticket, from any channel.
 *
 * @param language the requester's language (BCP 47) when known, or null
 * @param createdBy the staff or integration user who logged it, or null for the requester portal
 * @param idempotencyKey the caller's key, already scoped to the caller, or null
 * @param fingerprint a hash of the request content, to detect a key reused for another request
 */
public record NewTicket(
    String title,
    String description,
    Category category,
    Subcategory subcategory,
    Urgency urgency,
    Impact impact,
    Channel channel,
    Requester requester,
    String language,
    String createdBy,
    String idempotencyKey,
    String fingerprint) {}
