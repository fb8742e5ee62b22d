package io.ticketflow.ticket;

/** The ticket is not in a status that allows what was asked. */
public class IllegalTicketStateException extends RuntimeException {

  public IllegalTicketStateException(String number, TicketStatus current, TicketStatus wanted) {
    super("Ticket " + number + " is " + current + " and cannot move to " + wanted + ".");
  }

  public IllegalTicketStateException(String message) {
    super(message);
  }
}
