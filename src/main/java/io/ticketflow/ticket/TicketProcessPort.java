package io.ticketflow.ticket;

/**
 * What the ticket store needs from the ticket-handling process; implemented by the process layer.
 */
public interface TicketProcessPort {

  /**
   * Starts the handling of a new ticket in the caller's transaction; returns the process instance
   * id.
   */
  String startHandling(Ticket ticket);

  /** Wakes the process when it waits for the requester; does nothing otherwise. */
  void customerReplied(String ticketNumber);

  /** Hands the requester's confirmation to the waiting process. */
  void confirmationReceived(String ticketNumber, boolean resolved, String comment);
}
