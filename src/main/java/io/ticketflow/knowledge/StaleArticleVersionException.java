package io.ticketflow.knowledge;

/** An edit was based on an older version of the article than the current one. */
public class StaleArticleVersionException extends RuntimeException {

  public StaleArticleVersionException(String number, int expected, int current) {
    super(
        "Article "
            + number
            + " is at version "
            + current
            + ", the edit was based on version "
            + expected
            + "; reload it and apply the change again.");
  }
}
