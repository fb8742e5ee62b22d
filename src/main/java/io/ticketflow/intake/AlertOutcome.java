package io.ticketflow.intake;

/** What one delivered alert led to. */
public enum AlertOutcome {
  /** A new critical alert declared a major incident. */
  INCIDENT_OPENED,
  /** A new critical alert joined the open incident of its alert group. */
  INCIDENT_JOINED,
  /** A new alert below critical opened a ticket. */
  TICKET_OPENED,
  /** The alert was seen before in this state: only the delivery was counted. */
  REPEATED,
  /** A known firing alert is over: its incident or ticket was told. */
  RECOVERED,
  /** Recorded, nothing else to do (a resolved alert that was never seen firing). */
  IGNORED
}
