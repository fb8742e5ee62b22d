package io.ticketflow.ticket;

import io.ticketflow.ticket.TriageSuggestion.Neighbour;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests how to classify and route a ticket from the desk's history, offline: the k resolved
 * tickets most like it in the search index vote, each with its similarity score (k-nearest
 * neighbours). Nothing leaves the desk; the tickets that voted are named.
 */
@Service
public class TriageSuggestions {

  private static final double PRECISION = 100;

  private final TicketService tickets;
  private final TicketSearch search;
  private final TriageProperties properties;

  public TriageSuggestions(
      TicketService tickets, TicketSearch search, TriageProperties properties) {
    this.tickets = tickets;
    this.search = search;
    this.properties = properties;
  }

  /**
   * The suggestion for the ticket, from the resolved tickets the caller may see.
   *
   * @throws TicketNotFoundException when there is no such ticket or the caller may not see it
   */
  @Transactional(readOnly = true)
  public TriageSuggestion suggest(String number, StaffAccess viewer) {
    Ticket ticket = tickets.getFor(number, viewer);
    List<TicketSearch.Scored> neighbours =
        search.resolvedLike(ticket, properties.neighbours(), viewer);
    double total = neighbours.stream().mapToDouble(TicketSearch.Scored::score).sum();
    if (neighbours.isEmpty() || total <= 0) {
      return new TriageSuggestion(number, null, null, null, null, 0, List.of());
    }
    Map.Entry<Subcategory, Double> subcategory = winner(neighbours, Ticket::getSubcategory);
    Map.Entry<Urgency, Double> urgency = winner(neighbours, Ticket::getUrgency);
    Map.Entry<String, Double> group = winner(neighbours, t -> t.getCandidateGroup().orElse(null));
    return new TriageSuggestion(
        number,
        subcategory.getKey().category(),
        subcategory.getKey(),
        urgency.getKey(),
        group == null ? null : group.getKey(),
        Math.round(subcategory.getValue() / total * PRECISION) / PRECISION,
        neighbours.stream()
            .map(
                n ->
                    new Neighbour(
                        n.ticket().getNumber(),
                        Math.round(n.score() * PRECISION) / PRECISION,
                        n.ticket().getSubcategory(),
                        n.ticket().getUrgency(),
                        n.ticket().getCandidateGroup().orElse(null)))
            .toList());
  }

  /** The value with the most weight among the neighbours (ties: the nearer one), or null. */
  private static <T> Map.Entry<T, Double> winner(
      List<TicketSearch.Scored> neighbours, Function<Ticket, T> value) {
    Map<T, Double> weights = new HashMap<>();
    Map<T, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < neighbours.size(); i++) {
      T key = value.apply(neighbours.get(i).ticket());
      if (key != null) {
        weights.merge(key, (double) neighbours.get(i).score(), Double::sum);
        firstSeen.putIfAbsent(key, i);
      }
    }
    return weights.entrySet().stream()
        .min(
            (a, b) ->
                a.getValue().equals(b.getValue())
                    ? Integer.compare(firstSeen.get(a.getKey()), firstSeen.get(b.getKey()))
                    : Double.compare(b.getValue(), a.getValue()))
        .orElse(null);
  }
}
