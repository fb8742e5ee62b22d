package io.ticketflow.ticket;

import io.ticketflow.notification.NotificationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the requesters of merged duplicates informed: when their master is resolved, each of them
 * hears of the solution on their own channel, in the transaction that recorded it.
 */
@Component
public class MergedRequesters {

  private final TicketRepository tickets;
  private final MergedTickets merged;
  private final TicketService service;

  public MergedRequesters(TicketRepository tickets, MergedTickets merged, TicketService service) {
    this.tickets = tickets;
    this.merged = merged;
    this.service = service;
  }

  /** Tells the duplicates' requesters of a master's solution as it is recorded. */
  @EventListener
  public void on(TicketEvent event) {
    if (event.getType() != TicketEventType.RESOLVED) {
      return;
    }
    tickets
        .findById(event.getTicketId())
        .ifPresent(
            master -> {
              for (Ticket duplicate : merged.of(master)) {
                service.notifyRequester(
                    duplicate,
                    NotificationEvent.MASTER_RESOLVED,
                    master.getNumber() + ":" + master.getReopenCount(),
                    master.getResolution().orElse(""));
              }
            });
  }
}
