package io.ticketflow.intake.mail;

/** No quarantined mail with this id. */
public class QuarantinedMailNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public QuarantinedMailNotFoundException(long id) {
    super("No quarantined mail " + id + ".");
  }
}
