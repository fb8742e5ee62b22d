package io.ticketflow.incident;

/** No incident has this number. */
public class IncidentNotFoundException extends RuntimeException {

  public IncidentNotFoundException(String number) {
    super("No major incident " + number + ".");
  }
}
