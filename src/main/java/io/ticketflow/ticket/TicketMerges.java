package io.ticketflow.ticket;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import io.ticketflow.notification.NotificationEvent;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate ticket into its master: the duplicate ends {@link TicketStatus#MERGED} and
 * points to the master, its handling process ends, both requesters are told, and both event logs
 * and the audit trail record who merged and why. The duplicate's comments and files stay its own;
 * the master shows them by reference ({@link MergedTickets}).
 */
@Service
public class TicketMerges {

  private final TicketService tickets;
  private final TicketRepository store;
  private final TicketProcessPort process;
  private final AuditService audit;
  private final Clock clock;

  public TicketMerges(
      TicketService tickets,
      TicketRepository store,
      TicketProcessPort process,
      AuditService audit,
      Clock clock) {
    this.tickets = tickets;
    this.store = store;
    this.process = process;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Merges ticket {@code number} into ticket {@code into}, both of which {@code actor} must see (a
   * ticket they do not see is not found).
   *
   * @return the duplicate, now merged
   * @throws IllegalTicketStateException when either ticket is not open, the master was merged
   *     itself, or the two are the same ticket
   */
  @Transactional
  public Ticket merge(String number, String into, String note, StaffAccess actor) {
    tickets.getFor(number, actor);
    if (number.equals(into)) {
      throw new IllegalTicketStateException("Ticket " + number + " cannot be merged into itself.");
    }
    tickets.getFor(into, actor);
    TicketPair pair = TicketPair.locked(store, number, into);
    Ticket duplicate = pair.ticket();
    Ticket master = pair.other();
    requireDuplicate(duplicate);
    requireMaster(master);

    TicketStatus before = duplicate.getStatus();
    String user = actor.user();
    duplicate.mergeInto(master.getNumber(), clock.instant());
    tickets.log(
        duplicate,
        TicketEventType.STATUS_CHANGED,
        before.name(),
        TicketStatus.MERGED.name(),
        "merged into " + master.getNumber(),
        user);
    tickets.log(
        duplicate, TicketEventType.MERGED, duplicate.getNumber(), master.getNumber(), note, user);
    tickets.log(
        master,
        TicketEventType.DUPLICATE_MERGED,
        duplicate.getNumber(),
        master.getNumber(),
        note,
        user);
    audit.record(
        AuditAction.TICKET_MERGED,
        user,
        PersonalDataService.TICKET,
        duplicate.getNumber(),
        "merged into " + master.getNumber() + ": " + note,
        actor.clientAddress());
    tickets.notifyRequester(
        duplicate, NotificationEvent.TICKET_MERGED, master.getNumber(), master.getNumber());
    tickets.notifyRequester(
        master, NotificationEvent.DUPLICATE_MERGED, duplicate.getNumber(), duplicate.getNumber());
    // in this transaction: the duplicate's handling ends (its SLA timers and its work with it)
    // exactly when the ticket is merged, or neither happens
    process.ticketMerged(duplicate.getNumber(), master.getNumber(), user);
    return duplicate;
  }

  private static void requireDuplicate(Ticket duplicate) {
    TicketService.requireWritable(duplicate);
    if (duplicate.getStatus() == TicketStatus.MERGED) {
      throw new IllegalTicketStateException(
          "Ticket "
              + duplicate.getNumber()
              + " was already merged into "
              + duplicate.getMergedInto().orElse("another ticket")
              + ".");
    }
    if (!duplicate.getStatus().isOpen()) {
      throw new IllegalTicketStateException(
          "Ticket "
              + duplicate.getNumber()
              + " is "
              + duplicate.getStatus()
              + "; only an open ticket can be merged.");
    }
  }

  private static void requireMaster(Ticket master) {
    TicketService.requireWritable(master);
    if (master.getStatus() == TicketStatus.MERGED) {
      throw new IllegalTicketStateException(
          "Ticket "
              + master.getNumber()
              + " was itself merged into "
              + master.getMergedInto().orElse("another ticket")
              + "; merge into that ticket instead.");
    }
    if (!master.getStatus().isOpen()) {
      throw new IllegalTicketStateException(
          "Ticket "
              + master.getNumber()
              + " is "
              + master.getStatus()
              + "; a ticket can only be merged into an open one.");
    }
  }
}
