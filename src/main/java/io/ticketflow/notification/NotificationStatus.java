package io.ticketflow.notification;

/** Where a notification is on its way out. */
public enum NotificationStatus {
  /** Queued, not delivered yet; also after a failed attempt that will be retried. */
  PENDING,
  /** Claimed by one dispatcher, which is sending it now. */
  SENDING,
  /** Accepted by the mail server. */
  SENT,
  /** Can never be delivered (no usable address, refused recipient); readable in the app only. */
  FAILED
}
