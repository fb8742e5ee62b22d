package io.ticketflow.ticket;

/**
 * Whether a new ticket is linked at once to a similar open ticket: the analysts' decision ({@code
 * dmn/similar-ticket-linking.dmn}), implemented by the process layer.
 */
public interface SimilarLinkPolicy {

  /**
   * @param termOverlap the share (0 to 1) of the new ticket's search terms the other ticket has too
   * @param sameCategory whether both tickets have the same category
   */
  boolean shouldLink(double termOverlap, boolean sameCategory);
}
