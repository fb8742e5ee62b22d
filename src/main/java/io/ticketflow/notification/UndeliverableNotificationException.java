package io.ticketflow.notification;

/** A notification that can never be delivered as it is, however often it is tried. */
public class UndeliverableNotificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UndeliverableNotificationException(String message) {
    super(message);
  }

  public UndeliverableNotificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
