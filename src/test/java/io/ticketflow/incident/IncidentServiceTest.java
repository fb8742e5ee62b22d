package io.ticketflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.notification.NotificationEvent;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.notification.StaffAudience;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketProcessPort;
import io.ticketflow.ticket.TicketRepository;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class IncidentServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

  private final IncidentRepository incidents = mock(IncidentRepository.class);
  private final IncidentTicketRepository links = mock(IncidentTicketRepository.class);
  private final IncidentEventRepository events = mock(IncidentEventRepository.class);
  private final IncidentNumbers numbers = mock(IncidentNumbers.class);
  private final IncidentProcessPort process = mock(IncidentProcessPort.class);
  private final TicketService tickets = mock(TicketService.class);
  private final TicketRepository ticketStore = mock(TicketRepository.class);
  private final TicketProcessPort ticketProcess = mock(TicketProcessPort.class);
  private final NotificationService notifications = mock(NotificationService.class);
  private final IncidentProperties properties =
      new IncidentProperties(
          Duration.ofMinutes(30),
          Duration.ofMinutes(15),
          Duration.ofHours(4),
          Duration.ofMinutes(30),
          3,
          Duration.ofMinutes(10),
          java.util.Set.of(Category.SYSTEM_FAULT),
          "emergency");

  private final Map<Long, Ticket> ticketsById = new HashMap<>();
  private final List<IncidentTicket> savedLinks = new ArrayList<>();
  private final List<IncidentEvent> savedEvents = new ArrayList<>();
  private IncidentService service;
  private long nextIncidentId = 100;

  @BeforeEach
  void setUp() {
    service =
        new IncidentService(
            incidents,
            links,
            events,
            numbers,
            process,
            tickets,
            ticketStore,
            ticketProcess,
            notifications,
            properties,
            Clock.fixed(NOW, ZoneOffset.UTC));
    IncidentNumberSequence sequence = new IncidentNumberSequence(LocalDate.of(2026, 11, 22));
    when(numbers.lock())
        .thenAnswer(inv -> new IncidentNumbers.Lease(LocalDate.of(2026, 11, 22), sequence));
    when(incidents.save(any(Incident.class)))
        .thenAnswer(
            inv -> {
              Incident incident = inv.getArgument(0);
              setId(incident, nextIncidentId++);
              when(incidents.findByNumber(incident.getNumber())).thenReturn(Optional.of(incident));
              when(incidents.findById(incident.getId())).thenReturn(Optional.of(incident));
              when(incidents.lockById(incident.getId())).thenReturn(Optional.of(incident));
              return incident;
            });
    when(links.save(any(IncidentTicket.class)))
        .thenAnswer(
            inv -> {
              IncidentTicket link = inv.getArgument(0);
              savedLinks.add(link);
              return link;
            });
    when(links.findByIncidentIdOrderByLinkedAtAscIdAsc(any()))
        .thenAnswer(
            inv ->
                savedLinks.stream()
                    .filter(l -> l.getIncidentId().equals(inv.getArgument(0)))
                    .toList());
    when(links.findByTicketId(any()))
        .thenAnswer(
            inv ->
                savedLinks.stream()
                    .filter(l -> l.getTicketId().equals(inv.getArgument(0)))
                    .toList());
    when(links.findByIncidentIdAndTicketId(any(), any()))
        .thenAnswer(
            inv ->
                savedLinks.stream()
                    .filter(
                        l ->
                            l.getIncidentId().equals(inv.getArgument(0))
                                && l.getTicketId().equals(inv.getArgument(1)))
                    .findFirst());
    when(events.save(any(IncidentEvent.class)))
        .thenAnswer(
            inv -> {
              savedEvents.add(inv.getArgument(0));
              return inv.getArgument(0);
            });
    when(events.findByIncidentIdOrderByOccurredAtAscIdAsc(any()))
        .thenAnswer(
            inv ->
                savedEvents.stream()
                    .filter(e -> e.getIncidentId().equals(inv.getArgument(0)))
                    .toList());
    when(ticketStore.findById(any()))
        .thenAnswer(inv -> Optional.ofNullable(ticketsById.get((Long) inv.getArgument(0))));
    when(process.startResponse(any())).thenReturn("pi-1");
  }

  @Test
  void declaringLinksTheTicketsStartsTheResponseAndSetsTheTargets() {
    ticket(1L, "TS20261122-0001", TicketStatus.IN_PROGRESS, "P2");
    ticket(2L, "TS20261122-0002", TicketStatus.WAITING_CUSTOMER, "P3");

    Incident incident =
        service.declare(
            IncidentDeclaration.byManager(
                "Mail down",
                null,
                Category.SYSTEM_FAULT,
                null,
                false,
                List.of("TS20261122-0001", "TS20261122-0002")),
            "megan");

    assertThat(incident.getNumber()).isEqualTo("MI20261122-001");
    assertThat(incident.getAcknowledgeDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(incident.getFixDueAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    assertThat(incident.getProcessInstanceId()).contains("pi-1");
    assertThat(savedLinks).hasSize(2);
    verify(tickets).linkToIncident("TS20261122-0001", "MI20261122-001", "megan");
    verify(tickets).linkToIncident("TS20261122-0002", "MI20261122-001", "megan");
  }

  @Test
  void monitoringIncidentsMustBeAcknowledgedWithinFifteenMinutes() {
    IncidentService.Declared declared = service.openForAlert(alertDeclaration("group-1"));

    assertThat(declared.created()).isTrue();
    assertThat(declared.incident().getAcknowledgeDueAt())
        .isEqualTo(NOW.plus(Duration.ofMinutes(15)));
  }

  @Test
  void aSecondAlertOfTheSameGroupJoinsTheOpenIncident() {
    Incident first = service.openForAlert(alertDeclaration("group-1")).incident();
    when(incidents.findByAlertGroupKeyAndDrillFalseAndStatusInOrderByDeclaredAtAsc(
            eq("group-1"), any()))
        .thenReturn(List.of(first));

    IncidentService.Declared again = service.openForAlert(alertDeclaration("group-1"));

    assertThat(again.created()).isFalse();
    assertThat(again.incident()).isSameAs(first);
    verify(process).startResponse(first);
  }

  @Test
  void declaringRefusesTicketsThatCannotBeLinkedAndCreatesNothing() {
    ticket(1L, "TS20261122-0001", TicketStatus.CLOSED, "P2");

    assertThatThrownBy(
            () ->
                service.declare(
                    IncidentDeclaration.byManager(
                        "x",
                        null,
                        Category.SYSTEM_FAULT,
                        null,
                        false,
                        List.of("TS20261122-0001", "TS20990101-0001")),
                    "megan"))
        .isInstanceOf(InvalidTicketRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidTicketRequestException) e).errors())
                    .extracting(f -> f.field())
                    .containsExactly("linkTickets[0]", "linkTickets[1]"));
    verify(incidents, never()).save(any());
    verify(process, never()).startResponse(any());
  }

  @Test
  void aDeclarationWithABlankTitleOrAForeignSubcategoryIsRefused() {
    assertThatThrownBy(
            () ->
                service.declare(
                    IncidentDeclaration.byManager(
                        " ", null, Category.SYSTEM_FAULT, Subcategory.HOW_TO, false, List.of()),
                    "megan"))
        .isInstanceOf(InvalidTicketRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidTicketRequestException) e).errors())
                    .extracting(f -> f.field())
                    .containsExactly("title", "subcategory"));
    verify(incidents, never()).save(any());
  }

  @Test
  void aP1TicketDeclaresAnIncidentLinkedToIt() {
    Ticket p1 = ticket(1L, "TS20261122-0001", TicketStatus.WAITING_ASSIGNMENT, "P1");

    Optional<Incident> incident = service.considerTicket(p1.getNumber());

    assertThat(incident).isPresent();
    assertThat(incident.get().getSource()).isEqualTo(IncidentSource.TICKET);
    assertThat(incident.get().getOriginTicketNumber()).contains(p1.getNumber());
    assertThat(savedLinks).extracting(IncidentTicket::getTicketId).containsExactly(1L);
  }

  @Test
  void aTicketOfTheKindOfAnOpenIncidentJoinsIt() {
    Incident open = service.declare(manager(Subcategory.LOGIN_FAILURE, false), "megan");
    when(incidents.findByCategoryAndSubcategoryAndDrillFalseAndStatusInOrderByDeclaredAtAsc(
            eq(Category.SYSTEM_FAULT), eq(Subcategory.LOGIN_FAILURE), any()))
        .thenReturn(List.of(open));
    Ticket ticket = ticket(5L, "TS20261122-0005", TicketStatus.WAITING_ASSIGNMENT, "P3");

    assertThat(service.considerTicket(ticket.getNumber())).contains(open);
    verify(tickets).linkToIncident(ticket.getNumber(), open.getNumber(), "system");
  }

  @Test
  void theTicketThatCompletesABurstDeclaresAnIncidentLinkingTheWholeBurst() {
    Ticket a = ticket(1L, "TS20261122-0001", TicketStatus.WAITING_ASSIGNMENT, "P3");
    Ticket b = ticket(2L, "TS20261122-0002", TicketStatus.IN_PROGRESS, "P3");
    Ticket c = ticket(3L, "TS20261122-0003", TicketStatus.WAITING_ASSIGNMENT, "P3");
    when(ticketStore
            .findByCategoryAndSubcategoryAndCreatedAtGreaterThanEqualAndStatusInOrderByCreatedAtAsc(
                eq(Category.SYSTEM_FAULT),
                eq(Subcategory.LOGIN_FAILURE),
                eq(NOW.minus(Duration.ofMinutes(10))),
                any()))
        .thenReturn(List.of(a, b, c));

    Optional<Incident> incident = service.considerTicket(c.getNumber());

    assertThat(incident).isPresent();
    assertThat(incident.get().getSource()).isEqualTo(IncidentSource.BURST);
    assertThat(incident.get().getTitle()).contains("3 tickets");
    assertThat(savedLinks).extracting(IncidentTicket::getTicketId).containsExactly(1L, 2L, 3L);
  }

  @Test
  void fewerTicketsThanTheThresholdDeclareNothing() {
    Ticket a = ticket(1L, "TS20261122-0001", TicketStatus.WAITING_ASSIGNMENT, "P3");
    Ticket b = ticket(2L, "TS20261122-0002", TicketStatus.WAITING_ASSIGNMENT, "P3");
    when(ticketStore
            .findByCategoryAndSubcategoryAndCreatedAtGreaterThanEqualAndStatusInOrderByCreatedAtAsc(
                any(), any(), any(), any()))
        .thenReturn(List.of(a, b));

    assertThat(service.considerTicket(b.getNumber())).isEmpty();
    verify(numbers, never()).lock();
  }

  @Test
  void aWaveOfHowToQuestionsIsNoOutage() {
    Ticket question = ticket(1L, "TS20261122-0001", TicketStatus.WAITING_ASSIGNMENT, "P4");
    when(question.getCategory()).thenReturn(Category.OPERATION_GUIDANCE);
    when(question.getSubcategory()).thenReturn(Subcategory.HOW_TO);

    assertThat(service.considerTicket(question.getNumber())).isEmpty();
    verify(ticketStore, never())
        .findByCategoryAndSubcategoryAndCreatedAtGreaterThanEqualAndStatusInOrderByCreatedAtAsc(
            any(), any(), any(), any());
  }

  @Test
  void anIncidentDeclaredWhileWaitingForTheLockIsJoinedNotDuplicated() {
    Ticket p1 = ticket(1L, "TS20261122-0001", TicketStatus.WAITING_ASSIGNMENT, "P1");
    Incident other = service.declare(manager(Subcategory.LOGIN_FAILURE, false), "megan");
    when(incidents.findByCategoryAndSubcategoryAndDrillFalseAndStatusInOrderByDeclaredAtAsc(
            any(), any(), any()))
        .thenReturn(List.of(), List.of(other));

    assertThat(service.considerTicket(p1.getNumber())).contains(other);
    verify(process).startResponse(other);
  }

  @Test
  void aTicketLinkedByAnotherTicketsBurstWhileWaitingForTheLockIsNotLinkedAgain() {
    Ticket a = ticket(1L, "TS20261122-0001", TicketStatus.WAITING_ASSIGNMENT, "P3");
    Ticket b = ticket(2L, "TS20261122-0002", TicketStatus.WAITING_ASSIGNMENT, "P3");
    Ticket c = ticket(3L, "TS20261122-0003", TicketStatus.WAITING_ASSIGNMENT, "P3");
    // the other ticket's check declared the incident with this ticket in its burst
    Incident other =
        service.declare(manager(Subcategory.LOGIN_FAILURE, false, c.getNumber()), "system");
    // this ticket's check looked before that committed: not linked, no open incident of the kind
    when(links.findByTicketId(3L)).thenReturn(List.of());
    when(incidents.findByCategoryAndSubcategoryAndDrillFalseAndStatusInOrderByDeclaredAtAsc(
            any(), any(), any()))
        .thenReturn(List.of(), List.of(other));
    when(ticketStore
            .findByCategoryAndSubcategoryAndCreatedAtGreaterThanEqualAndStatusInOrderByCreatedAtAsc(
                any(), any(), any(), any()))
        .thenReturn(List.of(a, b, c));

    assertThat(service.considerTicket(c.getNumber())).contains(other);

    assertThat(savedLinks).hasSize(1);
    verify(incidents, atLeastOnce()).lockById(other.getId());
    verify(tickets, times(1)).linkToIncident(c.getNumber(), other.getNumber(), "system");
  }

  @Test
  void linkingALinkedTicketAgainChangesNothing() {
    Ticket ticket = ticket(1L, "TS20261122-0001", TicketStatus.IN_PROGRESS, "P3");
    Incident incident = service.declare(manager(null, false), "megan");

    service.link(incident.getNumber(), ticket.getNumber(), "megan");
    service.link(incident.getNumber(), ticket.getNumber(), "megan");

    assertThat(savedLinks).hasSize(1);
    verify(tickets, times(1)).linkToIncident(ticket.getNumber(), incident.getNumber(), "megan");
  }

  @Test
  void missedAcknowledgementAlertsTheTeamsManagersOnce() {
    Incident incident = service.declare(manager(null, false), "megan");

    service.escalateAcknowledgement(incident.getNumber());

    verify(notifications)
        .notifyStaff(
            eq(incident.getNumber()),
            eq(NotificationEvent.INCIDENT_ESCALATED),
            eq("acknowledgement"),
            eq(StaffAudience.managersOf("emergency")),
            any());
    assertThat(incident.getAcknowledgementEscalatedAt()).contains(NOW);
  }

  @Test
  void anAcknowledgedIncidentIsNotEscalatedForAcknowledgement() {
    Incident incident = service.declare(manager(null, false), "megan");
    service.acknowledge(incident.getNumber(), "eric");

    service.escalateAcknowledgement(incident.getNumber());

    verify(notifications, never())
        .notifyStaff(any(), eq(NotificationEvent.INCIDENT_ESCALATED), any(), any(), any());
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
  }

  @Test
  void statusUpdatesGoToRequestersOfLinkedTicketsStillWaitingForTheFix() {
    ticket(1L, "TS20261122-0001", TicketStatus.IN_PROGRESS, "P2");
    ticket(2L, "TS20261122-0002", TicketStatus.WAITING_CONFIRMATION, "P2");
    Incident incident = service.declare(manager(null, false, "TS20261122-0001"), "megan");
    savedLinks.add(new IncidentTicket(incident.getId(), 2L, "megan", NOW));
    service.giveWorkaround(incident.getNumber(), "Use webmail", "eric");
    when(tickets.tellIncidentUpdate(anyString(), anyString(), anyString(), anyString()))
        .thenReturn(true);

    assertThat(service.sendStatusUpdate(incident.getNumber())).isEqualTo(1);

    ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
    verify(tickets)
        .tellIncidentUpdate(
            eq("TS20261122-0001"), eq(incident.getNumber()), eq("1"), text.capture());
    assertThat(text.getValue()).contains("workaround").contains("Use webmail");
    verify(tickets, never())
        .tellIncidentUpdate(eq("TS20261122-0002"), anyString(), anyString(), anyString());
    assertThat(incident.getStatusUpdates()).isEqualTo(1);
  }

  @Test
  void aDrillTellsNoRequesterAndResolvesNoTicket() {
    ticket(1L, "TS20261122-0001", TicketStatus.IN_PROGRESS, "P2");
    Incident drill = service.declare(manager(null, true, "TS20261122-0001"), "megan");

    assertThat(service.sendStatusUpdate(drill.getNumber())).isEqualTo(1);
    service.resolve(drill.getNumber(), "Restarted", "eric");
    assertThat(service.resolveLinkedTickets(drill.getNumber())).isZero();

    verify(tickets, never()).linkToIncident(any(), any(), any());
    verify(tickets, never()).tellIncidentUpdate(any(), any(), any(), any());
    verify(ticketProcess, never()).resolveWithIncident(any(), any(), any());
    assertThat(drill.getStatusUpdates()).isEqualTo(1);
  }

  @Test
  void resolvingResolvesEveryLinkedTicketStillBeingWorkedWithTheNote() {
    ticket(1L, "TS20261122-0001", TicketStatus.IN_PROGRESS, "P2");
    ticket(2L, "TS20261122-0002", TicketStatus.WAITING_CUSTOMER, "P2");
    ticket(3L, "TS20261122-0003", TicketStatus.IN_PROGRESS, "P2");
    Incident incident =
        service.declare(
            manager(null, false, "TS20261122-0001", "TS20261122-0002", "TS20261122-0003"), "megan");
    ticketsById.put(3L, ticketMock(3L, "TS20261122-0003", TicketStatus.CLOSED, "P2"));
    when(ticketProcess.resolveWithIncident(any(), any(), any())).thenReturn(true, false);
    service.resolve(incident.getNumber(), "Replaced the switch", "eric");

    assertThat(service.resolveLinkedTickets(incident.getNumber())).isEqualTo(1);

    ArgumentCaptor<String> note = ArgumentCaptor.forClass(String.class);
    verify(ticketProcess).resolveWithIncident(eq("TS20261122-0001"), note.capture(), eq("eric"));
    assertThat(note.getValue()).contains(incident.getNumber()).contains("Replaced the switch");
    verify(ticketProcess).resolveWithIncident(eq("TS20261122-0002"), any(), eq("eric"));
    verify(ticketProcess, never()).resolveWithIncident(eq("TS20261122-0003"), any(), any());
  }

  @Test
  void linkingAfterResolutionOrToAnotherIncidentIsRefused() {
    ticket(1L, "TS20261122-0001", TicketStatus.IN_PROGRESS, "P2");
    Incident first = service.declare(manager(null, false, "TS20261122-0001"), "megan");
    Incident second = service.declare(manager(null, false), "megan");

    assertThatThrownBy(() -> service.link(second.getNumber(), "TS20261122-0001", "megan"))
        .isInstanceOf(IllegalIncidentStateException.class)
        .hasMessageContaining(first.getNumber());

    service.link(first.getNumber(), "TS20261122-0001", "megan");
    assertThat(savedLinks).hasSize(1);

    service.resolve(second.getNumber(), "done", "eric");
    assertThatThrownBy(() -> service.link(second.getNumber(), "TS20261122-0001", "megan"))
        .isInstanceOf(IllegalIncidentStateException.class);
  }

  @Test
  void unlinkingRemovesTheLinkAndRecordsItOnTheTicket() {
    ticket(1L, "TS20261122-0001", TicketStatus.IN_PROGRESS, "P2");
    Incident incident = service.declare(manager(null, false, "TS20261122-0001"), "megan");

    service.unlink(incident.getNumber(), "TS20261122-0001", "megan");

    verify(links).delete(savedLinks.get(0));
    verify(tickets).unlinkFromIncident("TS20261122-0001", incident.getNumber(), "megan");
    assertThatThrownBy(() -> service.unlink(incident.getNumber(), "TS20261122-0002", "megan"))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void theReportComparesTimesWithTheTargets() {
    Incident incident = service.declare(manager(null, true), "megan");
    incident.acknowledge("eric", NOW.plus(Duration.ofMinutes(40)));
    incident.resolve("fixed", "eric", NOW.plus(Duration.ofHours(3)));

    IncidentReport report = service.report(incident.getNumber());

    assertThat(report.drill()).isTrue();
    assertThat(report.timeToAcknowledge()).isEqualTo(Duration.ofMinutes(40));
    assertThat(report.acknowledgement()).isEqualTo(TargetOutcome.MISSED);
    assertThat(report.timeToFix()).isEqualTo(Duration.ofHours(3));
    assertThat(report.fix()).isEqualTo(TargetOutcome.MET);
    assertThat(report.timeline())
        .extracting(IncidentEvent::getType)
        .contains(IncidentEventType.DECLARED);
  }

  @Test
  void theReviewNeedsTimelineRootCauseAndActionsAndOnlyAfterResolution() {
    Incident incident = service.declare(manager(null, false), "megan");
    assertThatThrownBy(() -> service.recordReview(incident.getNumber(), "t", "c", "a", "megan"))
        .isInstanceOf(IllegalIncidentStateException.class);
    service.resolve(incident.getNumber(), "fixed", "eric");

    assertThatThrownBy(() -> service.recordReview(incident.getNumber(), " ", null, "a", "megan"))
        .isInstanceOf(InvalidTicketRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidTicketRequestException) e).errors())
                    .extracting(f -> f.field())
                    .containsExactly("timeline", "rootCause"));

    service.recordReview(incident.getNumber(), "10:00 down", "switch", "replace - oscar", "megan");
    service.close(incident.getNumber());
    assertThat(incident.getRootCause()).contains("switch");
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.CLOSED);
  }

  @Test
  void recoveryIsRecordedAndProposedOnlyWhileActive() {
    Incident incident = service.declare(manager(null, false), "megan");

    service.recordRecovery(incident.getNumber(), "alert resolved");
    service.proposeResolution(incident.getNumber());

    verify(process).alertRecovered(incident.getNumber());
    verify(notifications)
        .notifyStaff(
            eq(incident.getNumber()),
            eq(NotificationEvent.INCIDENT_RECOVERED),
            any(),
            eq(StaffAudience.group("emergency")),
            any());
    assertThat(incident.getRecoveredAt()).contains(NOW);
  }

  private IncidentDeclaration manager(Subcategory subcategory, boolean drill, String... link) {
    return IncidentDeclaration.byManager(
        "Outage", "desc", Category.SYSTEM_FAULT, subcategory, drill, List.of(link));
  }

  private static IncidentDeclaration alertDeclaration(String groupKey) {
    return new IncidentDeclaration(
        "HighErrorRate",
        null,
        Category.SYSTEM_FAULT,
        null,
        IncidentSource.MONITORING,
        false,
        groupKey,
        null,
        List.of());
  }

  private Ticket ticket(Long id, String number, TicketStatus status, String priority) {
    Ticket ticket = ticketMock(id, number, status, priority);
    ticketsById.put(id, ticket);
    when(tickets.get(number)).thenAnswer(inv -> ticketsById.get(id));
    when(ticketStore.findByNumber(number)).thenAnswer(inv -> Optional.of(ticketsById.get(id)));
    return ticket;
  }

  private static Ticket ticketMock(Long id, String number, TicketStatus status, String priority) {
    Ticket ticket = mock(Ticket.class);
    when(ticket.getId()).thenReturn(id);
    when(ticket.getNumber()).thenReturn(number);
    when(ticket.getTitle()).thenReturn("Cannot log in");
    when(ticket.getStatus()).thenReturn(status);
    when(ticket.getPriority()).thenReturn(Optional.of(priority));
    when(ticket.getCategory()).thenReturn(Category.SYSTEM_FAULT);
    when(ticket.getSubcategory()).thenReturn(Subcategory.LOGIN_FAILURE);
    when(ticket.getCreatedAt()).thenReturn(NOW);
    return ticket;
  }

  private static void setId(Incident incident, long id) {
    try {
      var field = Incident.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(incident, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
