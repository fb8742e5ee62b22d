package io.ticketflow.ticket;

import java.util.List;

/**
 * What the desk's own resolved tickets suggest for a ticket: the category, subcategory, urgency and
 * group most of its nearest resolved neighbours had, weighted by similarity; {@code confidence} is
 * the weight share (0 to 1) of the winning subcategory. Every part is null, and the confidence 0,
 * when no resolved ticket is like it.
 */
public record TriageSuggestion(
    String number,
    Category category,
    Subcategory subcategory,
    Urgency urgency,
    String candidateGroup,
    double confidence,
    List<Neighbour> basedOn) {

  /** One resolved ticket that voted, with its similarity score and what it was. */
  public record Neighbour(
      String number, double score, Subcategory subcategory, Urgency urgency, String group) {}
}
