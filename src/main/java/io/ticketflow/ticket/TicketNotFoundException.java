package io.ticketflow.ticket;

/** No ticket has this number, or the caller may not know that it has. */
public class TicketNotFoundException extends RuntimeException {

  public TicketNotFoundException(String number) {
    super("No ticket " + number + " was found.");
  }
}
