package io.ticketflow.notification;

/**
 * Delivering a notification failed for now (mail server down, refused login); it stays pending and
 * the attempt is counted. Thrown on to the caller so that its retries, and finally an incident,
 * take over.
 */
public class NotificationDeliveryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String ticketNumber;
  private final long notificationId;

  public NotificationDeliveryException(Notification notification, Throwable cause) {
    super(
        "Delivering notification "
            + notification.getId()
            + " ("
            + notification.getEvent()
            + ") of ticket "
            + notification.getTicketNumber()
            + " failed: "
            + cause.getMessage(),
        cause);
    this.ticketNumber = notification.getTicketNumber();
    this.notificationId = notification.getId();
  }

  public String getTicketNumber() {
    return ticketNumber;
  }

  public long getNotificationId() {
    return notificationId;
  }
}
