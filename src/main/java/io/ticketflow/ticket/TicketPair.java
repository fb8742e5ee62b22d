package io.ticketflow.ticket;

import java.util.List;

/**
 * Two tickets acted on together (a merge, a link), both rows locked until the transaction ends.
 * They are locked in the order of their numbers, so that two actions on the same pair, either way
 * round, take turns instead of waiting for each other, and the second sees what the first did.
 */
record TicketPair(Ticket ticket, Ticket other) {

  static TicketPair locked(TicketRepository store, String number, String other) {
    List<String> order =
        number.compareTo(other) < 0 ? List.of(number, other) : List.of(other, number);
    List<Ticket> rows =
        order.stream()
            .map(n -> store.lockByNumber(n).orElseThrow(() -> new TicketNotFoundException(n)))
            .toList();
    Ticket first = rows.get(0);
    return first.getNumber().equals(number)
        ? new TicketPair(first, rows.get(1))
        : new TicketPair(rows.get(1), first);
  }
}
