package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.notification.NotificationService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A question and a reply at the same moment: both read the ticket locked, so the reply sees the
 * ticket waiting (and wakes the process) or comes before the question.
 */
class RequesterReplyLockingTest {

  private static final String NUMBER = "TS20261122-0001";
  private static final String TOKEN = "the-requesters-token";
  private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

  private final TicketRepository tickets = mock(TicketRepository.class);
  private final TicketCommentRepository comments = mock(TicketCommentRepository.class);
  private final TicketEventRepository events = mock(TicketEventRepository.class);
  private final TicketProcessPort process = mock(TicketProcessPort.class);
  private final AccessTokens tokens = mock(AccessTokens.class);
  private Ticket ticket;
  private TicketService service;

  @BeforeEach
  void setUp() {
    ticket =
        new Ticket(
            NUMBER,
            new NewTicket(
                "Printer jams",
                "It jams.",
                Category.SYSTEM_FAULT,
                Subcategory.CRASH,
                Urgency.NORMAL,
                Impact.INDIVIDUAL,
                Channel.WEB,
                new Requester("Zhang San", "zhang.san@example.com", null, null, null),
                null,
                null,
                null,
                null),
            NOW.minus(Duration.ofHours(1)));
    when(tokens.matches(ticket, TOKEN)).thenReturn(true);
    when(tickets.lockByNumber(NUMBER)).thenReturn(Optional.of(ticket));
    when(comments.save(any(TicketComment.class))).thenAnswer(inv -> inv.getArgument(0));
    when(events.save(any(TicketEvent.class))).thenAnswer(inv -> inv.getArgument(0));
    service =
        new TicketService(
            tickets,
            comments,
            events,
            process,
            mock(NotificationService.class),
            null,
            tokens,
            new TicketProperties(
                ZoneId.of("Asia/Shanghai"),
                URI.create("http://localhost/portal"),
                5,
                Duration.ofDays(30),
                Set.of("managers"),
                10000),
            mock(StaffNotices.class),
            new TicketVisibility(new VisibilityProperties(Set.of("managers")), user -> Set.of()),
            Clock.fixed(NOW, ZoneOffset.UTC));
    // the ticket waits in its group's queue
    when(tickets.byNumber(NUMBER)).thenReturn(Optional.of(ticket));
    service.workQueued(NUMBER, "tier1", 1);
    clearInvocations(tickets);
  }

  @Test
  void askingLocksTheTicketBeforeItWaits() {
    service.askRequester(NUMBER, "Which browser?", "mary");

    verify(tickets).lockByNumber(NUMBER);
    verify(tickets, never()).byNumber(anyString());
    assertThat(ticket.getStatus()).isEqualTo(TicketStatus.WAITING_CUSTOMER);
  }

  @Test
  void aPortalReplyReadsTheTicketLockedAndWakesTheWaitingProcess() {
    service.askRequester(NUMBER, "Which browser?", "mary");

    service.addRequesterReply(NUMBER, TOKEN, "Chrome");

    verify(tickets, never()).byNumber(anyString());
    verify(process).customerReplied(NUMBER);
  }

  @Test
  void aMailReplyReadsTheTicketLockedAndWakesTheWaitingProcess() {
    service.askRequester(NUMBER, "Which browser?", "mary");

    service.addRequesterMailReply(NUMBER, "Chrome", "Zhang San <zhang.san@example.com>", true);

    verify(tickets, never()).byNumber(anyString());
    verify(process).customerReplied(NUMBER);
  }

  @Test
  void aReplyBeforeAnyQuestionWakesNothing() {
    service.addRequesterReply(NUMBER, TOKEN, "Any news?");

    verify(process, never()).customerReplied(any());
  }

  @Test
  void aReplyWithAWrongTokenFindsNoTicket() {
    assertThatThrownBy(() -> service.addRequesterReply(NUMBER, "wrong", "hi"))
        .isInstanceOf(TicketNotFoundException.class);
    assertThatThrownBy(() -> service.addRequesterMailReply("TS20261122-0404", "hi", "x", true))
        .isInstanceOf(TicketNotFoundException.class);
    verify(comments, never()).save(any());
  }
}
