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

  /**
   * Moves the work on the ticket up a tier now (an SLA breach or a complaint).
   *
   * @return false when the ticket is not being worked at the moment (nothing to move)
   */
  boolean requestEscalation(
      String ticketNumber, EscalationReason reason, String note, String actor);

  /** Hands the requester's confirmation to the waiting process. */
  void confirmationReceived(String ticketNumber, boolean resolved, String comment);

  /**
   * Resolves the ticket with its major incident's resolution: the work on it ends as resolved (or
   * its wait for the requester does) and the requester is asked to confirm as after any resolution.
   *
   * @return false when the ticket is neither worked nor waiting for the requester (nothing to end)
   */
  boolean resolveWithIncident(String ticketNumber, String resolution, String actor);

  /**
   * Passes the requester's rating to the ticket's satisfaction survey, if one waits for it (a
   * rating given before closing is read when the survey opens).
   */
  void feedbackReceived(String ticketNumber, Rating rating, Integer score);

  /**
   * Ends the handling of a ticket merged into {@code master} in the caller's transaction: its work
   * (the called tier process), its SLA timers and any wait for the requester end with it.
   *
   * @return false when the ticket has no running handling (nothing to end)
   */
  boolean ticketMerged(String ticketNumber, String master, String actor);
}
