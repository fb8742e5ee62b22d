package io.ticketflow.intake.mail;

/** A mail that cannot be turned into a request: it goes to quarantine with the reason. */
public class UnreadableMailException extends Exception {

  private static final long serialVersionUID = 1L;

  private final QuarantineReason reason;

  public UnreadableMailException(QuarantineReason reason, String detail, Throwable cause) {
    super(detail, cause);
    this.reason = reason;
  }

  public UnreadableMailException(QuarantineReason reason, String detail) {
    this(reason, detail, null);
  }

  public QuarantineReason reason() {
    return reason;
  }
}
