package io.ticketflow.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Tickets of the benchmarks' corpora (bench/relevance/), built as intake would store them. */
final class BenchTickets {

  private BenchTickets() {}

  /** The ticket of one corpus entry, as opened at {@code at}; {@code serial} makes its number. */
  static Ticket of(JsonNode entry, int serial, Instant at) {
    NewTicket request =
        new NewTicket(
            entry.get("title").asText(),
            entry.get("description").asText(),
            Category.valueOf(entry.get("category").asText()),
            Subcategory.valueOf(entry.get("subcategory").asText()),
            Urgency.valueOf(entry.get("urgency").asText()),
            Impact.INDIVIDUAL,
            Channel.WEB,
            new Requester("Requester " + serial, "r" + serial + "@example.com", null, null, null),
            entry.get("lang").asText(),
            null,
            null,
            null);
    return new Ticket(String.format("TS20261101-%04d", serial), request, at);
  }
}
