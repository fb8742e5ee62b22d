package io.ticketflow.intake.mail;

/** A quarantined mail that cannot be released: released already, or unreadable. */
public class IllegalQuarantineStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IllegalQuarantineStateException(String message) {
    super(message);
  }
}
