package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.ticket.AccessTokens;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.IdempotencyKeyReusedException;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.SimilarLinks;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketNumberGenerator;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.Urgency;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataIntegrityViolationException;

/** The intake funnel's idempotency, with the ticket store mocked. */
class TicketIntakeServiceTest {

  private final TicketService tickets = mock(TicketService.class);
  private final TicketNumberGenerator numbers = mock(TicketNumberGenerator.class);
  private final AccessTokens tokens = mock(AccessTokens.class);
  private final Ticket ticket = mock(Ticket.class);
  private final TicketIntakeService intake =
      new TicketIntakeService(tickets, numbers, tokens, mock(SimilarLinks.class));

  static TicketDraft draft(String title) {
    return new TicketDraft(
        "  " + title + "  ",
        " Disk almost full ",
        Category.SYSTEM_FAULT,
        Subcategory.SOFTWARE_BUG,
        Urgency.IMPORTANT,
        null,
        null,
        " Monitoring ",
        " ",
        null,
        null,
        null,
        null,
        "monitoring");
  }

  @BeforeEach
  void setUp() {
    when(numbers.next()).thenReturn("TS20261122-0001");
    when(tokens.issue()).thenReturn(new AccessTokens.Issued("raw", "hash"));
    when(tickets.open(anyString(), any(), anyString())).thenReturn(ticket);
    when(tickets.findByIdempotencyKey(anyString())).thenReturn(Optional.empty());
    when(ticket.getNumber()).thenReturn("TS20261122-0001");
  }

  @Test
  void aNewRequestOpensATicketWithItsKeyScopedAndDefaultsFilledIn() {
    IntakeResult result = intake.submit(draft("Disk full"), "key-1", "alertmanager");

    assertThat(result.created()).isTrue();
    assertThat(result.accessToken()).contains("raw");
    ArgumentCaptor<NewTicket> opened = ArgumentCaptor.forClass(NewTicket.class);
    verify(tickets).open(eq("TS20261122-0001"), opened.capture(), eq("hash"));
    NewTicket ticket = opened.getValue();
    assertThat(ticket.title()).isEqualTo("Disk full");
    assertThat(ticket.description()).isEqualTo("Disk almost full");
    assertThat(ticket.impact()).isEqualTo(Impact.INDIVIDUAL);
    assertThat(ticket.channel()).isEqualTo(Channel.API);
    assertThat(ticket.requester().getName()).isEqualTo("Monitoring");
    assertThat(ticket.requester().getEmail()).isNull();
    assertThat(ticket.idempotencyKey()).isEqualTo("alertmanager:key-1");
    assertThat(ticket.fingerprint()).isEqualTo(TicketIntakeService.fingerprint(draft("Disk full")));
  }

  @Test
  void aRepeatedKeyReturnsTheFirstTicket() {
    when(tickets.findByIdempotencyKey("api/mary:key-1")).thenReturn(Optional.of(ticket));
    when(tickets.sameRequest(eq(ticket), anyString())).thenReturn(true);

    IntakeResult result = intake.submit(draft("Disk full"), "key-1", "api/mary");

    assertThat(result.created()).isFalse();
    assertThat(result.ticket()).isSameAs(ticket);
    assertThat(result.accessToken()).isEmpty();
    verify(tickets, never()).open(anyString(), any(), anyString());
  }

  @Test
  void aKeyReusedForAnotherRequestIsRefused() {
    when(tickets.findByIdempotencyKey("api/mary:key-1")).thenReturn(Optional.of(ticket));
    when(tickets.sameRequest(eq(ticket), anyString())).thenReturn(false);

    assertThatThrownBy(() -> intake.submit(draft("Other"), "key-1", "api/mary"))
        .isInstanceOf(IdempotencyKeyReusedException.class);
  }

  @Test
  void aKeyWithSpacesOrTooLongIsRefused() {
    assertThatThrownBy(() -> intake.submit(draft("Disk full"), "has space", "api/mary"))
        .isInstanceOf(InvalidTicketRequestException.class);
    assertThatThrownBy(() -> intake.submit(draft("Disk full"), "k".repeat(201), "api/mary"))
        .isInstanceOf(InvalidTicketRequestException.class);
  }

  @Test
  void withoutAKeyEveryRequestOpensATicket() {
    assertThat(intake.submit(draft("Disk full"), null, "api/mary").created()).isTrue();
    verify(tickets, never()).findByIdempotencyKey(anyString());
  }

  @Test
  void theSameKeyArrivingTwiceAtOnceYieldsTheOtherRequestsTicket() {
    when(tickets.open(anyString(), any(), anyString()))
        .thenThrow(new DataIntegrityViolationException("duplicate key"));
    when(tickets.findByIdempotencyKey("api/mary:key-1"))
        .thenReturn(Optional.empty())
        .thenReturn(Optional.of(ticket));
    when(tickets.sameRequest(eq(ticket), anyString())).thenReturn(true);

    IntakeResult result = intake.submit(draft("Disk full"), "key-1", "api/mary");

    assertThat(result.created()).isFalse();
    assertThat(result.ticket()).isSameAs(ticket);
  }

  @Test
  void aDuplicateWithoutAKeyIsNotSwallowed() {
    when(tickets.open(anyString(), any(), anyString()))
        .thenThrow(new DataIntegrityViolationException("duplicate number"));

    assertThatThrownBy(() -> intake.submit(draft("Disk full"), null, "api/mary"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
