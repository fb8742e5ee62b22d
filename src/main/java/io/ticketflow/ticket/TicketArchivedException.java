package io.ticketflow.ticket;

/** The ticket is archived: it is read only, nothing may be added or changed. */
public class TicketArchivedException extends IllegalTicketStateException {

  public TicketArchivedException(String number) {
    super("Ticket " + number + " is archived and read only.");
  }
}
