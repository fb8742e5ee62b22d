package io.ticketflow.ticket;

/** The ticket has no attachment with this id (or the caller may not see the ticket). */
public class AttachmentNotFoundException extends RuntimeException {

  public AttachmentNotFoundException(String ticketNumber, long id) {
    super("Ticket " + ticketNumber + " has no attachment " + id + ".");
  }
}
