package io.ticketflow.incident;

/** The incident's status does not allow what was asked (e.g. linking a ticket after resolution). */
public class IllegalIncidentStateException extends RuntimeException {

  public IllegalIncidentStateException(String message) {
    super(message);
  }
}
