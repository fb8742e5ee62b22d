package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import io.ticketflow.notification.NotificationEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The rules of a merge, without an engine: what may be merged into what, and what it records. */
class TicketMergesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
  private static final String DUPLICATE = "TS20261123-0002";
  private static final String MASTER = "TS20261123-0001";
  private static final StaffAccess MARY = new StaffAccess("mary", Set.of("tier1"), "10.0.0.7");

  private final TicketService tickets = mock(TicketService.class);
  private final TicketRepository store = mock(TicketRepository.class);
  private final TicketProcessPort process = mock(TicketProcessPort.class);
  private final AuditService audit = mock(AuditService.class);
  private final TicketMerges merges =
      new TicketMerges(tickets, store, process, audit, Clock.fixed(NOW, ZoneOffset.UTC));

  private Ticket duplicate;
  private Ticket master;

  @BeforeEach
  void tickets() {
    duplicate = ticket(DUPLICATE);
    master = ticket(MASTER);
    when(store.lockByNumber(DUPLICATE)).thenReturn(Optional.of(duplicate));
    when(store.lockByNumber(MASTER)).thenReturn(Optional.of(master));
  }

  @Test
  void duplicateEndsMergedAndEverythingIsRecordedBeforeItsHandlingEnds() {
    Ticket merged = merges.merge(DUPLICATE, MASTER, "reported twice", MARY);

    assertThat(merged.getStatus()).isEqualTo(TicketStatus.MERGED);
    assertThat(merged.getMergedInto()).contains(MASTER);
    InOrder order = inOrder(store, tickets, audit, process);
    // locked in the order of the numbers, whichever is the duplicate
    order.verify(store).lockByNumber(MASTER);
    order.verify(store).lockByNumber(DUPLICATE);
    order
        .verify(tickets)
        .log(duplicate, TicketEventType.MERGED, DUPLICATE, MASTER, "reported twice", "mary");
    order
        .verify(tickets)
        .log(master, TicketEventType.DUPLICATE_MERGED, DUPLICATE, MASTER, "reported twice", "mary");
    order
        .verify(audit)
        .record(
            AuditAction.TICKET_MERGED,
            "mary",
            PersonalDataService.TICKET,
            DUPLICATE,
            "merged into " + MASTER + ": reported twice",
            "10.0.0.7");
    order
        .verify(tickets)
        .notifyRequester(duplicate, NotificationEvent.TICKET_MERGED, MASTER, MASTER);
    order
        .verify(tickets)
        .notifyRequester(master, NotificationEvent.DUPLICATE_MERGED, DUPLICATE, DUPLICATE);
    order.verify(process).ticketMerged(DUPLICATE, MASTER, "mary");
  }

  @Test
  void aTicketIsNotMergedIntoItself() {
    assertThatThrownBy(() -> merges.merge(DUPLICATE, DUPLICATE, "twice", MARY))
        .isInstanceOf(IllegalTicketStateException.class)
        .hasMessageContaining("itself");
    verifyNoInteractions(process, audit);
  }

  @Test
  void nothingIsMergedIntoAMergedTicket() {
    master.mergeInto("TS20261123-0009", NOW);

    assertThatThrownBy(() -> merges.merge(DUPLICATE, MASTER, "twice", MARY))
        .isInstanceOf(IllegalTicketStateException.class)
        .hasMessageContaining("merge into that ticket instead");
    assertThat(duplicate.getStatus()).isEqualTo(TicketStatus.NEW);
    verify(process, never()).ticketMerged(anyString(), anyString(), anyString());
  }

  @Test
  void aMergedTicketIsNotMergedAgain() {
    duplicate.mergeInto("TS20261123-0009", NOW);

    assertThatThrownBy(() -> merges.merge(DUPLICATE, MASTER, "twice", MARY))
        .isInstanceOf(IllegalTicketStateException.class)
        .hasMessageContaining("already merged into TS20261123-0009");
    verify(audit, never()).record(any(), any(), any(), any(), any(), any());
  }

  @Test
  void aTicketTheCallerDoesNotSeeIsNotFound() {
    when(tickets.getFor(eq(MASTER), any())).thenThrow(new TicketNotFoundException(MASTER));

    assertThatThrownBy(() -> merges.merge(DUPLICATE, MASTER, "twice", MARY))
        .isInstanceOf(TicketNotFoundException.class);
    verify(store, never()).lockByNumber(anyString());
  }

  private static Ticket ticket(String number) {
    return new Ticket(
        number,
        new NewTicket(
            "Export greyed out",
            "Reports > Export is greyed out.",
            Category.OPERATION_GUIDANCE,
            Subcategory.HOW_TO,
            Urgency.NORMAL,
            null,
            Channel.API,
            new Requester("Zhang San", "zhang.san@example.com", null, null, null),
            null,
            null,
            null,
            null),
        NOW);
  }
}
