package io.ticketflow.knowledge;

/** How a ticket relates to an article: the ticket it was written from, or one it solved. */
public enum ArticleLinkType {
  SOURCE,
  SOLVED
}
