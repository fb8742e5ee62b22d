package io.ticketflow.notification;

/** A channel that delivers a notification out of the outbox. */
public interface NotificationSender {

  /** False when the channel is not configured: notifications then stay pending. */
  boolean isEnabled();

  /**
   * Delivers one notification, or fails.
   *
   * @throws UndeliverableNotificationException when trying again cannot help (no usable address,
   *     recipient refused)
   * @throws RuntimeException on any other failure (server down, authentication); worth a retry
   */
  void send(Notification notification);
}
