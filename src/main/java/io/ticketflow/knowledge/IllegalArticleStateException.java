package io.ticketflow.knowledge;

/** The article's status does not allow what was asked (e.g. editing a retired article). */
public class IllegalArticleStateException extends RuntimeException {

  public IllegalArticleStateException(String message) {
    super(message);
  }
}
