package io.ticketflow.intake;

/** Whether monitoring reports an alert as active or as over. */
public enum AlertStatus {
  FIRING,
  RESOLVED
}
