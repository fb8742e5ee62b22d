package io.ticketflow.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a new ticket at once to the open tickets that are most like it, where the analysts'
 * decision allows ({@link SimilarLinkPolicy}): a {@code RELATED} link ({@link TicketLinks}), an
 * event {@code SIMILAR_LINKED} on both tickets, and a staff note on the new one tells whoever works
 * it.
 */
@Service
public class SimilarLinks {

  private final TicketEventRepository events;
  private final TicketService service;
  private final TicketLinks links;
  private final TicketSearch search;
  private final SimilarLinkPolicy policy;
  private final SimilarTicketProperties properties;
  private final Clock clock;

  public SimilarLinks(
      TicketEventRepository events,
      TicketService service,
      TicketLinks links,
      TicketSearch search,
      SimilarLinkPolicy policy,
      SimilarTicketProperties properties,
      Clock clock) {
    this.events = events;
    this.service = service;
    this.links = links;
    this.search = search;
    this.policy = policy;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Links the ticket to the similar open tickets the decision picks, at most {@code
   * ticketflow.similar.max-links}.
   *
   * <p>In a transaction of its own: intake calls it once the ticket's transaction has committed,
   * and a failure here never undoes the ticket.
   *
   * @return the numbers of the tickets linked
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public List<String> linkNew(String number) {
    Ticket ticket = service.get(number);
    List<String> linked = new ArrayList<>();
    for (SimilarTicket other : search.openLike(ticket, properties.maxLinks())) {
      if (!policy.shouldLink(other.termOverlap(), other.sameCategory())) {
        continue;
      }
      Ticket target = service.get(other.number());
      if (!links.relateBySystem(number, target.getNumber())) {
        continue;
      }
      String detail =
          "Shares "
              + Math.round(other.termOverlap() * 100)
              + " % of the terms ("
              + String.join(", ", other.sharedTerms())
              + ")";
      Instant now = clock.instant();
      events.save(
          new TicketEvent(
              ticket.getId(),
              TicketEventType.SIMILAR_LINKED,
              null,
              target.getNumber(),
              detail,
              TicketService.SYSTEM_ACTOR,
              now));
      events.save(
          new TicketEvent(
              target.getId(),
              TicketEventType.SIMILAR_LINKED,
              ticket.getNumber(),
              null,
              detail,
              TicketService.SYSTEM_ACTOR,
              now));
      service.addSystemNote(
          number,
          "Linked automatically to the similar open ticket "
              + target.getNumber()
              + " ("
              + target.getTitle()
              + "): "
              + detail
              + ". It may be the same problem.");
      linked.add(target.getNumber());
    }
    return linked;
  }
}
