package io.ticketflow.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between tickets: {@code RELATED} on both sides, {@code PARENT} on one side and {@code
 * CHILD} on the other. A link is stored from each side, recorded in both event logs, and made or
 * removed only by someone who sees both tickets.
 */
@Service
public class TicketLinks {

  /** How far up a ticket's parents are followed to refuse a cycle of parents. */
  static final int MAX_ANCESTRY = 50;

  /** The work form's summary stays within the engine's limit for a string variable. */
  static final int SUMMARY_CHARS = 3800;

  private final TicketService tickets;
  private final TicketRepository store;
  private final TicketLinkRepository links;
  private final TicketVisibility visibility;
  private final MergedTickets merged;
  private final Clock clock;

  public TicketLinks(
      TicketService tickets,
      TicketRepository store,
      TicketLinkRepository links,
      TicketVisibility visibility,
      MergedTickets merged,
      Clock clock) {
    this.tickets = tickets;
    this.store = store;
    this.links = links;
    this.visibility = visibility;
    this.merged = merged;
    this.clock = clock;
  }

  /**
   * Links ticket {@code other} to ticket {@code number} as its {@code type} (for {@code PARENT}:
   * {@code other} is the parent of {@code number}).
   *
   * @throws InvalidTicketRequestException for a link to the ticket itself, a second link between
   *     the same two tickets, or a parent that would be its own ancestor
   */
  @Transactional
  public LinkedTicket link(String number, LinkType type, String other, StaffAccess actor) {
    tickets.getFor(number, actor);
    if (number.equals(other)) {
      throw new InvalidTicketRequestException(
          "ticketNumber", "a ticket cannot be linked to itself");
    }
    tickets.getFor(other, actor);
    TicketPair pair = writablePair(number, other);
    Ticket ticket = pair.ticket();
    Ticket linked = pair.other();
    links
        .findByTicketIdAndLinkedTicketId(ticket.getId(), linked.getId())
        .ifPresent(
            existing -> {
              throw new InvalidTicketRequestException(
                  "ticketNumber",
                  "already linked to " + other + " as " + existing.getType() + "; remove it first");
            });
    if (type == LinkType.PARENT && isAncestor(ticket.getId(), linked.getId())) {
      throw new InvalidTicketRequestException(
          "ticketNumber", other + " is already below " + number + "; it cannot be its parent");
    }
    if (type == LinkType.CHILD && isAncestor(linked.getId(), ticket.getId())) {
      throw new InvalidTicketRequestException(
          "ticketNumber", other + " is already above " + number + "; it cannot be its child");
    }
    String user = actor.user();
    TicketLink saved =
        links.save(new TicketLink(ticket.getId(), linked.getId(), type, user, clock.instant()));
    links.save(
        new TicketLink(linked.getId(), ticket.getId(), type.inverse(), user, clock.instant()));
    tickets.log(ticket, TicketEventType.LINKED, type.name(), linked.getNumber(), null, user);
    tickets.log(
        linked, TicketEventType.LINKED, type.inverse().name(), ticket.getNumber(), null, user);
    return new LinkedTicket(saved, linked);
  }

  /**
   * Links two tickets as {@code RELATED} on the desk's own behalf (a new ticket very like an open
   * one), unless they are linked already or one of them can no longer change.
   *
   * @return whether the link was made
   */
  @Transactional
  public boolean relateBySystem(String number, String other) {
    TicketPair pair = TicketPair.locked(store, number, other);
    Ticket ticket = pair.ticket();
    Ticket linked = pair.other();
    if (!ticket.getStatus().isOpen()
        || !linked.getStatus().isOpen()
        || links.findByTicketIdAndLinkedTicketId(ticket.getId(), linked.getId()).isPresent()) {
      return false;
    }
    Instant now = clock.instant();
    String actor = TicketService.SYSTEM_ACTOR;
    links.save(new TicketLink(ticket.getId(), linked.getId(), LinkType.RELATED, actor, now));
    links.save(new TicketLink(linked.getId(), ticket.getId(), LinkType.RELATED, actor, now));
    return true;
  }

  /**
   * Removes the link between the two tickets, from both sides.
   *
   * @throws TicketNotFoundException when either ticket is not seen, or they are not linked
   */
  @Transactional
  public void unlink(String number, String other, StaffAccess actor) {
    tickets.getFor(number, actor);
    tickets.getFor(other, actor);
    TicketPair pair = writablePair(number, other);
    Ticket ticket = pair.ticket();
    Ticket linked = pair.other();
    TicketLink side =
        links
            .findByTicketIdAndLinkedTicketId(ticket.getId(), linked.getId())
            .orElseThrow(() -> new TicketNotFoundException(other));
    links.delete(side);
    links.findByTicketIdAndLinkedTicketId(linked.getId(), ticket.getId()).ifPresent(links::delete);
    String user = actor.user();
    tickets.log(
        ticket, TicketEventType.UNLINKED, side.getType().name(), linked.getNumber(), null, user);
    tickets.log(
        linked,
        TicketEventType.UNLINKED,
        side.getType().inverse().name(),
        ticket.getNumber(),
        null,
        user);
  }

  /** The ticket's links to tickets the viewer sees, oldest first. */
  @Transactional(readOnly = true)
  public List<LinkedTicket> of(Ticket ticket, StaffAccess viewer) {
    return all(ticket).stream().filter(l -> visibility.canSee(viewer, l.ticket())).toList();
  }

  /** Every link of the ticket, whoever looks (the work form of the ticket's own group). */
  @Transactional(readOnly = true)
  public List<LinkedTicket> all(Ticket ticket) {
    List<TicketLink> sides = links.findByTicketIdOrderByIdAsc(ticket.getId());
    if (sides.isEmpty()) {
      return List.of();
    }
    Map<Long, Ticket> linked =
        store.findByIdIn(sides.stream().map(TicketLink::getLinkedTicketId).toList()).stream()
            .collect(Collectors.toMap(Ticket::getId, Function.identity()));
    return sides.stream()
        .filter(l -> linked.containsKey(l.getLinkedTicketId()))
        .map(l -> new LinkedTicket(l, linked.get(l.getLinkedTicketId())))
        .toList();
  }

  /**
   * The ticket's links and the duplicates merged into it, one per line ({@code PARENT
   * TS20261122-0002 [IN_PROGRESS] title}), for the work form; empty when there are none.
   */
  @Transactional(readOnly = true)
  public String summary(String number) {
    Ticket ticket = tickets.get(number);
    List<String> lines = new ArrayList<>();
    for (LinkedTicket l : all(ticket)) {
      lines.add(line(l.link().getType().name(), l.ticket()));
    }
    for (Ticket duplicate : merged.of(ticket)) {
      lines.add(line(TicketStatus.MERGED.name(), duplicate));
    }
    return TicketService.truncate(String.join("\n", lines), SUMMARY_CHARS);
  }

  private static String line(String kind, Ticket ticket) {
    return kind + " " + ticket.getNumber() + " [" + ticket.getStatus() + "] " + ticket.getTitle();
  }

  /** Whether {@code ancestor} is {@code ticket} or above it, following the parents up. */
  private boolean isAncestor(Long ancestor, Long ticket) {
    Set<Long> seen = new HashSet<>();
    Deque<Long> next = new ArrayDeque<>(List.of(ticket));
    while (!next.isEmpty() && seen.size() < MAX_ANCESTRY) {
      Long current = next.pop();
      if (current.equals(ancestor)) {
        return true;
      }
      if (seen.add(current)) {
        links.findByTicketIdAndType(current, LinkType.PARENT).stream()
            .map(TicketLink::getLinkedTicketId)
            .forEach(next::add);
      }
    }
    return false;
  }

  /** Both tickets, locked; an archived one is read only and takes no link. */
  private TicketPair writablePair(String number, String other) {
    TicketPair pair = TicketPair.locked(store, number, other);
    TicketService.requireWritable(pair.ticket());
    TicketService.requireWritable(pair.other());
    return pair;
  }
}
