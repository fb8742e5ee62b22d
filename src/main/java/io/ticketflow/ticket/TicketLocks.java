package io.ticketflow.ticket;

import java.util.Optional;

/** Locking reads of tickets, a fragment of {@link TicketRepository}. */
public interface TicketLocks {

  /**
   * The ticket with this number, read afresh from the database with its row locked until the
   * caller's transaction ends: whoever else locks it waits, and then reads what this transaction
   * committed. Changes this transaction already made to the ticket are written first, not lost.
   */
  Optional<Ticket> lockByNumber(String number);
}
