package io.ticketflow.ticket;

import java.util.List;

/**
 * A ticket like another one: its score in this search (same category ranked higher) and why: the
 * share of the other ticket's search terms it has too ({@code termOverlap}, 0 to 1) and the first
 * of those shared terms.
 */
public record SimilarTicket(
    String number,
    String title,
    TicketStatus status,
    Category category,
    Subcategory subcategory,
    boolean sameCategory,
    double score,
    double termOverlap,
    List<String> sharedTerms) {}
