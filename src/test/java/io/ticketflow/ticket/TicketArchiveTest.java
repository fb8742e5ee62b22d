package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.audit.AuditService;
import io.ticketflow.notification.NotificationService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.util.unit.DataSize;

/** Archiving a closed ticket, and the archive being read only on every write path. */
class TicketArchiveTest {

  private static final String NUMBER = "TS20261122-0001";
  private static final Instant NOW = Instant.parse("2026-12-22T01:00:00Z");

  private final TicketRepository tickets = mock(TicketRepository.class);
  private final TicketCommentRepository comments = mock(TicketCommentRepository.class);
  private final TicketEventRepository events = mock(TicketEventRepository.class);
  private final TicketProcessPort process = mock(TicketProcessPort.class);
  private final NotificationService notifications = mock(NotificationService.class);
  private final StaffNotices staffNotices = mock(StaffNotices.class);
  private static final String TOKEN = "the-requesters-token";
  private final AccessTokens tokens = mock(AccessTokens.class);
  private Ticket ticket;
  private TicketService service;

  @BeforeEach
  void setUp() {
    ticket = new Ticket(NUMBER, request(), NOW.minus(Duration.ofDays(40)));
    when(tokens.matches(ticket, TOKEN)).thenReturn(true);
    when(tickets.byNumber(NUMBER)).thenReturn(Optional.of(ticket));
    when(tickets.lockByNumber(NUMBER)).thenReturn(Optional.of(ticket));
    when(comments.save(any(TicketComment.class))).thenAnswer(inv -> inv.getArgument(0));
    when(events.save(any(TicketEvent.class))).thenAnswer(inv -> inv.getArgument(0));
    service =
        new TicketService(
            tickets,
            comments,
            events,
            process,
            notifications,
            null,
            tokens,
            new TicketProperties(
                ZoneId.of("Asia/Shanghai"),
                URI.create("http://localhost/portal"),
                5,
                Duration.ofDays(30),
                Set.of("managers"),
                10000),
            staffNotices,
            new TicketVisibility(new VisibilityProperties(Set.of("managers")), user -> Set.of()),
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void aClosedTicketIsArchivedWithTheTimeAndAStatusEvent() {
    close();

    service.archive(NUMBER, "system");

    assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ARCHIVED);
    assertThat(ticket.isArchived()).isTrue();
    assertThat(ticket.getArchivedAt()).contains(NOW);
    ArgumentCaptor<TicketEvent> logged = ArgumentCaptor.forClass(TicketEvent.class);
    verify(events).save(logged.capture());
    assertThat(logged.getValue().getType()).isEqualTo(TicketEventType.STATUS_CHANGED);
    assertThat(logged.getValue().getFromValue()).isEqualTo("CLOSED");
    assertThat(logged.getValue().getToValue()).isEqualTo("ARCHIVED");
    assertThat(logged.getValue().getActor()).isEqualTo("system");
  }

  @Test
  void duplicatesMergedIntoTheTicketAreArchivedWithIt() {
    close();
    Ticket duplicate = new Ticket("TS20261122-0002", request(), NOW.minus(Duration.ofDays(41)));
    duplicate.mergeInto(NUMBER, NOW.minus(Duration.ofDays(40)));
    Ticket earlier = new Ticket("TS20261122-0003", request(), NOW.minus(Duration.ofDays(42)));
    earlier.mergeInto(duplicate.getNumber(), NOW.minus(Duration.ofDays(41)));
    when(tickets.findByMergedIntoOrderByIdAsc(NUMBER)).thenReturn(List.of(duplicate));
    when(tickets.findByMergedIntoOrderByIdAsc(duplicate.getNumber())).thenReturn(List.of(earlier));

    service.archive(NUMBER, "system");

    for (Ticket merged : List.of(duplicate, earlier)) {
      assertThat(merged.getStatus()).isEqualTo(TicketStatus.ARCHIVED);
      assertThat(merged.getArchivedAt()).contains(NOW);
      assertThat(merged.getMergedInto()).isPresent();
    }
    ArgumentCaptor<TicketEvent> logged = ArgumentCaptor.forClass(TicketEvent.class);
    verify(events, times(3)).save(logged.capture());
    assertThat(logged.getAllValues().get(1).getFromValue()).isEqualTo("MERGED");
    assertThat(logged.getAllValues().get(1).getDetail()).contains("archived with " + NUMBER);
  }

  @Test
  void archivingAnArchivedTicketAgainChangesNothing() {
    close();
    service.archive(NUMBER, "system");

    service.archive(NUMBER, "system");

    verify(events).save(any(TicketEvent.class));
    assertThat(ticket.getArchivedAt()).contains(NOW);
  }

  @Test
  void onlyAClosedTicketCanBeArchived() {
    assertThatThrownBy(() -> service.archive(NUMBER, "system"))
        .isInstanceOf(IllegalTicketStateException.class)
        .isNotInstanceOf(TicketArchivedException.class)
        .hasMessageContaining("NEW")
        .hasMessageContaining("only a closed ticket");
    assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
    assertThat(ticket.getArchivedAt()).isEmpty();
    verify(events, never()).save(any());
  }

  private static final StaffAccess MANAGER = new StaffAccess("m", Set.of("managers"), null);

  @Test
  void everyWritePathRefusesAnArchivedTicket() {
    close();
    service.archive(NUMBER, "system");
    String raw = TOKEN;
    Map<String, ThrowingCallable> writes = new LinkedHashMap<>();
    writes.put(
        "staff comment", () -> service.addStaffComment(NUMBER, "hi", Visibility.PUBLIC, MANAGER));
    writes.put(
        "internal note", () -> service.addStaffComment(NUMBER, "x", Visibility.INTERNAL, MANAGER));
    writes.put("complaint", () -> service.complain(NUMBER, "slow", "mary"));
    writes.put("portal complaint", () -> service.complainAsRequester(NUMBER, raw, "slow"));
    writes.put("collaboration", () -> service.requestCollaboration(NUMBER, "dev", "look", "sam"));
    writes.put("workaround", () -> service.giveWorkaround(NUMBER, "reboot", NOW, "mary"));
    writes.put("claim", () -> service.assign(NUMBER, "mary", "mary"));
    writes.put("unassign", () -> service.assign(NUMBER, null, "mary"));
    writes.put("queue", () -> service.workQueued(NUMBER, "tier1", 1));
    writes.put("incident link", () -> service.linkToIncident(NUMBER, "MI20261122-0001", "eric"));
    writes.put("portal reply", () -> service.addRequesterReply(NUMBER, raw, "thanks"));
    writes.put("mail reply", () -> service.addRequesterMailReply(NUMBER, "thanks", "z@x.cn", true));
    writes.put("system note", () -> service.addSystemNote(NUMBER, "mail kept"));
    writes.put("confirmation", () -> service.confirm(NUMBER, raw, true, null));
    writes.put("feedback", () -> service.recordFeedback(NUMBER, raw, Rating.SATISFIED, 5, null));
    writes.put("resolve", () -> service.resolve(NUMBER, "done", null, null, "mary"));
    writes.put("question", () -> service.askRequester(NUMBER, "which?", "mary"));
    writes.put(
        "escalation",
        () -> service.escalate(NUMBER, "tier3", 3, EscalationReason.TIMEOUT, "late", "system"));
    writes.put("reopen", () -> service.reopen(NUMBER, "again"));
    writes.put("close", () -> service.close(NUMBER, true));
    writes.put("request confirmation", () -> service.requestConfirmation(NUMBER));
    writes.put("pause", () -> service.pauseSla(NUMBER));
    writes.put("no higher tier", () -> service.recordNoHigherTier(NUMBER, null, null));

    writes.forEach(
        (what, write) ->
            assertThatThrownBy(write)
                .as(what)
                .isInstanceOf(TicketArchivedException.class)
                .hasMessage("Ticket " + NUMBER + " is archived and read only."));

    verify(comments, never()).save(any());
    verify(events).save(any(TicketEvent.class));
    verify(process, never()).requestEscalation(any(), any(), any(), any());
    assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ARCHIVED);
  }

  @Test
  void filesCannotBeAttachedToAnArchivedTicket() {
    close();
    service.archive(NUMBER, "system");
    TicketService store = mock(TicketService.class);
    when(store.get(NUMBER)).thenReturn(ticket);
    when(store.getForRequester(NUMBER, TOKEN)).thenReturn(ticket);
    AttachmentRepository attachments = mock(AttachmentRepository.class);
    AttachmentService files =
        new AttachmentService(
            store,
            attachments,
            mock(AttachmentContentRepository.class),
            new AttachmentProperties(DataSize.ofKilobytes(1), 2, List.of()),
            mock(AuditService.class),
            Clock.fixed(NOW, ZoneOffset.UTC));

    assertThatThrownBy(() -> files.store(NUMBER, null, "a.txt", new byte[] {1}, "mary"))
        .isInstanceOf(TicketArchivedException.class);
    assertThatThrownBy(() -> files.storeForRequester(NUMBER, TOKEN, "a.txt", new byte[] {1}))
        .isInstanceOf(TicketArchivedException.class);
    assertThatThrownBy(() -> files.storeFromRequester(NUMBER, null, "a.txt", new byte[] {1}))
        .isInstanceOf(TicketArchivedException.class);
    verify(attachments, never()).save(any());
  }

  @Test
  void theArchiveKeepsItsRecordWhenAnIncidentLetsGoOrAFollowUpIsOpened() {
    close();
    service.archive(NUMBER, "system");

    service.unlinkFromIncident(NUMBER, "MI20261122-0001", "eric");
    assertThat(service.tellIncidentUpdate(NUMBER, "MI20261122-0001", "1", "fixed")).isFalse();
    service.remindUpdateDue(NUMBER, Duration.ofHours(1));

    // the archive's log still points to the ticket that continues it
    Ticket followUp = new Ticket("TS20261222-0001", request(), NOW);
    when(tickets.byNumber("TS20261222-0001")).thenReturn(Optional.of(followUp));
    service.recordFollowUp(NUMBER, "TS20261222-0001", "zhang.san@example.com");

    ArgumentCaptor<TicketEvent> logged = ArgumentCaptor.forClass(TicketEvent.class);
    verify(events, times(3)).save(logged.capture());
    assertThat(logged.getAllValues())
        .extracting(TicketEvent::getType)
        .containsExactly(
            TicketEventType.STATUS_CHANGED, TicketEventType.FOLLOW_UP, TicketEventType.FOLLOW_UP);
  }

  /** Takes the ticket to CLOSED the way the process does. */
  private void close() {
    ticket.moveTo(TicketStatus.WAITING_ASSIGNMENT, NOW);
    ticket.moveTo(TicketStatus.IN_PROGRESS, NOW);
    ticket.resolve("Replaced the toner.", null, null, NOW);
    ticket.moveTo(TicketStatus.RESOLVED, NOW);
    ticket.moveTo(TicketStatus.CLOSED, NOW);
    ticket.close(NOW);
  }

  private static NewTicket request() {
    return new NewTicket(
        "Printer jams",
        "It jams, call me at 138-1234-5678.",
        Category.SYSTEM_FAULT,
        Subcategory.CRASH,
        Urgency.NORMAL,
        Impact.INDIVIDUAL,
        Channel.WEB,
        new Requester("Zhang San", "zhang.san@example.com", "138-1234-5678", "Finance", "E12345"),
        null,
        null,
        null,
        null);
  }
}
