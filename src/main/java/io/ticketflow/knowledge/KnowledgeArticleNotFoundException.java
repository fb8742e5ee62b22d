package io.ticketflow.knowledge;

/**
 * No article has this number, or the caller may not see it (requesters see published ones only).
 */
public class KnowledgeArticleNotFoundException extends RuntimeException {

  public KnowledgeArticleNotFoundException(String number) {
    super("No knowledge article " + number + " was found.");
  }
}
