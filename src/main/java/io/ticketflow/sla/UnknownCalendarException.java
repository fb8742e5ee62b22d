package io.ticketflow.sla;

/** A decision named a calendar that the application does not have. */
public class UnknownCalendarException extends RuntimeException {

  public UnknownCalendarException(String name) {
    super(
        "Unknown SLA calendar '"
            + name
            + "'; known are "
            + SlaCalendars.ROUND_THE_CLOCK
            + " and "
            + SlaCalendars.BUSINESS_HOURS
            + ".");
  }
}
