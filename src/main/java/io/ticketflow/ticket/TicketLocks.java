package io.ticketflow.ticket;

import java.util.Optional;

/** Reads of tickets by number, locking and cached, a fragment of {@link TicketRepository}. */
public interface TicketLocks {

  /**
   * The ticket with this number, read afresh from the database with its row locked until the
   * caller's transaction ends: whoever else locks it waits, and then reads what this transaction
   * committed. Changes this transaction already made to the ticket are written first, not lost.
   */
  Optional<Ticket> lockByNumber(String number);

  /**
   * The ticket with this number, answered from the transaction's persistence context when it was
   * loaded there already (the number is the ticket's natural id), else read once from the database.
   * The process's steps of one transaction read the same ticket by number many times.
   */
  Optional<Ticket> byNumber(String number);
}
