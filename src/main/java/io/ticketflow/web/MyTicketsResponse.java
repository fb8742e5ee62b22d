package io.ticketflow.web;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketStatus;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A signed-in requester's tickets, newest first: who is signed in, until when, and each ticket with
 * its status and the next time something is due (the first answer, then the solution; none once it
 * is solved or closed).
 */
public record MyTicketsResponse(String email, OffsetDateTime signedInUntil, List<Item> tickets) {

  /** What is due next on an open ticket. */
  public enum Due {
    FIRST_RESPONSE,
    RESOLUTION
  }

  /** One ticket of the list. */
  public record Item(
      String number,
      String title,
      Channel channel,
      Category category,
      Subcategory subcategory,
      TicketStatus status,
      OffsetDateTime createdAt,
      Due nextDue,
      OffsetDateTime nextDueAt) {

    static Item of(Ticket t, ZoneId zone) {
      Due due = null;
      OffsetDateTime dueAt = null;
      boolean waiting =
          t.getStatus().isOpen()
              && t.getStatus() != TicketStatus.WAITING_CONFIRMATION
              && t.getResolvedAt().isEmpty();
      if (waiting && t.getFirstRespondedAt().isEmpty() && t.getFirstResponseDueAt().isPresent()) {
        due = Due.FIRST_RESPONSE;
        dueAt = TicketResponse.at(t.getFirstResponseDueAt().get(), zone);
      } else if (waiting && t.getResolutionDueAt().isPresent()) {
        due = Due.RESOLUTION;
        dueAt = TicketResponse.at(t.getResolutionDueAt().get(), zone);
      }
      return new Item(
          t.getNumber(),
          t.getTitle(),
          t.getChannel(),
          t.getCategory(),
          t.getSubcategory(),
          t.getStatus(),
          TicketResponse.at(t.getCreatedAt(), zone),
          due,
          dueAt);
    }
  }
}
