package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentDeclaration;
import io.ticketflow.incident.IncidentRepository;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.incident.IncidentSource;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketRepository;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketStatus;
import io.ticketflow.ticket.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

/** What each kind of alert delivery leads to, with the stores and services around it mocked. */
class AlertIntakeServiceTest {

  static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
  static final Instant STARTED = Instant.parse("2026-11-22T01:02:03.123456Z");
  static final Instant ENDED = Instant.parse("2026-11-22T01:47:18.5Z");
  static final String GROUP = "{}/{severity=\"critical\"}:{alertname=\"OrderServiceDown\"}";
  static final String RECEIVER = "ticketflow-critical";

  private final MonitoringAlertRepository alerts = mock(MonitoringAlertRepository.class);
  private final IncidentService incidents = mock(IncidentService.class);
  private final IncidentRepository incidentStore = mock(IncidentRepository.class);
  private final TicketIntakeService intake = mock(TicketIntakeService.class);
  private final TicketService tickets = mock(TicketService.class);
  private final TicketRepository ticketStore = mock(TicketRepository.class);
  private final List<MonitoringAlert> rows = new ArrayList<>();
  private final Incident incident = mock(Incident.class);
  private final Ticket ticket = mock(Ticket.class);
  private AlertIntakeService service;
  private long nextId = 1;

  @BeforeEach
  void setUp() {
    service =
        new AlertIntakeService(
            alerts,
            incidents,
            incidentStore,
            intake,
            tickets,
            ticketStore,
            new AlertmanagerProperties("token", "ops@example.com"),
            mock(PlatformTransactionManager.class),
            Clock.fixed(NOW, ZoneOffset.UTC));
    // the alert table, in memory
    when(alerts.saveAndFlush(any()))
        .thenAnswer(
            call -> {
              MonitoringAlert row = call.getArgument(0);
              ReflectionTestUtils.setField(row, "id", nextId++);
              rows.add(row);
              return row;
            });
    when(alerts.findByFingerprintAndStartsAt(anyString(), any()))
        .thenAnswer(
            call ->
                rows.stream()
                    .filter(r -> r.getFingerprint().equals(call.getArgument(0)))
                    .filter(r -> r.getStartsAt().equals(call.getArgument(1)))
                    .findFirst());
    when(alerts.findFirstByFingerprintAndStatusOrderByStartsAtDesc(anyString(), any()))
        .thenAnswer(
            call ->
                rows.stream()
                    .filter(r -> r.getFingerprint().equals(call.getArgument(0)))
                    .filter(r -> r.getStatus() == call.getArgument(1))
                    .max((a, b) -> a.getStartsAt().compareTo(b.getStartsAt())));
    when(alerts.lockAll(any()))
        .thenAnswer(
            call -> {
              Collection<Long> ids = call.getArgument(0);
              return rows.stream().filter(r -> ids.contains(r.getId())).toList();
            });
    when(incident.getId()).thenReturn(7L);
    when(incident.getNumber()).thenReturn("MI20261122-001");
    when(incidentStore.findById(7L)).thenReturn(Optional.of(incident));
    when(ticket.getId()).thenReturn(11L);
    when(ticket.getNumber()).thenReturn("TS20261122-0001");
    when(ticket.getStatus()).thenReturn(TicketStatus.WAITING_ASSIGNMENT);
    when(ticketStore.findById(11L)).thenReturn(Optional.of(ticket));
  }

  // --- payloads ------------------------------------------------------------------------------

  static IncomingAlert alert(
      AlertStatus status, String fingerprint, Instant endsAt, Map<String, String> labels) {
    return new IncomingAlert(
        status,
        fingerprint,
        STARTED,
        endsAt,
        labels,
        Map.of(
            "summary", "Order service is down on orders-1",
            "description", "orders-1 has not answered its health probe for 5 minutes.",
            "runbook_url", "https://runbooks.internal/orders/down"),
        "http://prometheus.internal:9090/graph?g0.expr=up");
  }

  static Map<String, String> labels(String severity, String... more) {
    Map<String, String> labels = new HashMap<>();
    labels.put("alertname", "OrderServiceDown");
    labels.put("instance", "orders-1.internal:8080");
    if (severity != null) {
      labels.put("severity", severity);
    }
    for (int i = 0; i < more.length; i += 2) {
      labels.put(more[i], more[i + 1]);
    }
    return labels;
  }

  static IncomingAlert firing(String severity, String... more) {
    return alert(AlertStatus.FIRING, "a1b2c3d4e5f60718", null, labels(severity, more));
  }

  static IncomingAlert resolved(String severity) {
    return alert(AlertStatus.RESOLVED, "a1b2c3d4e5f60718", ENDED, labels(severity));
  }

  static AlertNotification delivery(IncomingAlert... alerts) {
    return new AlertNotification(RECEIVER, GROUP, List.of(alerts));
  }

  private void declaresNew() {
    when(incidents.openForAlert(any())).thenReturn(new IncidentService.Declared(incident, true));
  }

  private void opensTicket() {
    when(intake.submit(any(), anyString(), anyString()))
        .thenReturn(new IntakeResult(ticket, Optional.of("secret"), true));
  }

  private MonitoringAlert row() {
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  // --- firing critical -----------------------------------------------------------------------

  @Test
  void newCriticalAlertDeclaresAnIncidentFromItsLabelsAndAnnotations() {
    declaresNew();

    List<AlertResult> results =
        service.receive(
            delivery(firing("critical", "category", "SYSTEM_FAULT", "subcategory", "crash")));

    assertThat(results)
        .containsExactly(
            new AlertResult(
                "a1b2c3d4e5f60718", STARTED, AlertOutcome.INCIDENT_OPENED, "MI20261122-001", null));
    ArgumentCaptor<IncidentDeclaration> declared =
        ArgumentCaptor.forClass(IncidentDeclaration.class);
    verify(incidents).openForAlert(declared.capture());
    IncidentDeclaration declaration = declared.getValue();
    assertThat(declaration.title()).isEqualTo("Order service is down on orders-1");
    assertThat(declaration.description())
        .startsWith("orders-1 has not answered its health probe for 5 minutes.")
        .contains("Alert OrderServiceDown (severity critical)")
        .contains("instance=\"orders-1.internal:8080\"")
        .contains("Runbook: https://runbooks.internal/orders/down")
        .contains("Source: http://prometheus.internal:9090/graph?g0.expr=up");
    assertThat(declaration.category()).isEqualTo(Category.SYSTEM_FAULT);
    assertThat(declaration.subcategory()).isEqualTo(Subcategory.CRASH);
    assertThat(declaration.source()).isEqualTo(IncidentSource.MONITORING);
    assertThat(declaration.drill()).isFalse();
    assertThat(declaration.alertGroupKey()).isEqualTo(GROUP);
    assertThat(declaration.originTicketNumber()).isNull();
    assertThat(declaration.linkTickets()).isEmpty();
    verify(incidents, never()).recordAlert(anyString(), anyString());
    assertThat(row().getIncidentId()).contains(7L);
    assertThat(row().getStatus()).isEqualTo(AlertStatus.FIRING);
    assertThat(row().getDeliveries()).isEqualTo(1);
    assertThat(row().getAlertName()).isEqualTo("OrderServiceDown");
    assertThat(row().getSeverity()).contains("critical");
    assertThat(row().getGroupKey()).isEqualTo(GROUP);
    assertThat(row().getFirstSeenAt()).isEqualTo(NOW);
    verifyNoInteractions(intake);
  }

  @Test
  void criticalAlertOfAGroupWithAnOpenIncidentJoinsItOnItsTimeline() {
    when(incidents.openForAlert(any())).thenReturn(new IncidentService.Declared(incident, false));

    List<AlertResult> results = service.receive(delivery(firing("CRITICAL")));

    assertThat(results.get(0).outcome()).isEqualTo(AlertOutcome.INCIDENT_JOINED);
    assertThat(results.get(0).incidentNumber()).isEqualTo("MI20261122-001");
    verify(incidents)
        .recordAlert(eq("MI20261122-001"), contains("OrderServiceDown firing since " + STARTED));
    assertThat(row().getIncidentId()).contains(7L);
  }

  @Test
  void repeatedDeliveryOfAKnownCriticalAlertIsOnlyCounted() {
    declaresNew();
    service.receive(delivery(firing("critical")));

    List<AlertResult> again = service.receive(delivery(firing("critical")));

    assertThat(again.get(0).outcome()).isEqualTo(AlertOutcome.REPEATED);
    assertThat(again.get(0).incidentNumber()).isEqualTo("MI20261122-001");
    verify(incidents, times(1)).openForAlert(any());
    verify(incidents, never()).recordAlert(anyString(), anyString());
    assertThat(row().getDeliveries()).isEqualTo(2);
    assertThat(row().getLastSeenAt()).isEqualTo(NOW);
  }

  @Test
  void anAlertListedTwiceInOneDeliveryIsActedOnOnce() {
    declaresNew();

    List<AlertResult> results = service.receive(delivery(firing("critical"), firing("critical")));

    assertThat(results)
        .extracting(AlertResult::outcome)
        .containsExactly(AlertOutcome.INCIDENT_OPENED, AlertOutcome.REPEATED);
    verify(incidents, times(1)).openForAlert(any());
  }

  @Test
  void aDeliveryThatFailedHalfwayIsCompletedByTheNextOne() {
    when(incidents.openForAlert(any()))
        .thenThrow(new IllegalStateException("no process definition"))
        .thenReturn(new IncidentService.Declared(incident, true));

    assertThatThrownBy(() -> service.receive(delivery(firing("critical"))))
        .isInstanceOf(IllegalStateException.class);
    // in the database the work transaction rolled back; here only the claim is left behind
    ReflectionTestUtils.setField(row(), "incidentId", null);

    List<AlertResult> retried = service.receive(delivery(firing("critical")));

    assertThat(retried.get(0).outcome()).isEqualTo(AlertOutcome.INCIDENT_OPENED);
    assertThat(row().getIncidentId()).contains(7L);
  }

  @Test
  void aConcurrentDuplicateInsertFindsTheOtherDeliverysRow() {
    MonitoringAlert other = new MonitoringAlert(firing("critical"), GROUP, NOW);
    ReflectionTestUtils.setField(other, "id", 99L);
    other.linkIncident(7L);
    when(alerts.findByFingerprintAndStartsAt(anyString(), any()))
        .thenReturn(Optional.empty())
        .thenReturn(Optional.of(other));
    doThrow(new DataIntegrityViolationException("duplicate")).when(alerts).saveAndFlush(any());
    when(alerts.lockAll(List.of(99L))).thenReturn(List.of(other));

    List<AlertResult> results = service.receive(delivery(firing("critical")));

    assertThat(results.get(0).outcome()).isEqualTo(AlertOutcome.REPEATED);
    assertThat(other.getDeliveries()).isEqualTo(2);
    verifyNoInteractions(incidents);
  }

  @Test
  void aFailedInsertWithoutARowToFindIsNotSwallowed() {
    doThrow(new DataIntegrityViolationException("too long")).when(alerts).saveAndFlush(any());

    assertThatThrownBy(() -> service.receive(delivery(firing("critical"))))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  // --- firing below critical -----------------------------------------------------------------

  @Test
  void warningOpensAMonitoringTicketKeyedByTheOccurrence() {
    opensTicket();

    List<AlertResult> results =
        service.receive(
            delivery(
                firing(
                    "warning", "category", "environment_configuration", "subcategory", "CRASH")));

    assertThat(results)
        .containsExactly(
            new AlertResult(
                "a1b2c3d4e5f60718", STARTED, AlertOutcome.TICKET_OPENED, null, "TS20261122-0001"));
    ArgumentCaptor<TicketDraft> drafted = ArgumentCaptor.forClass(TicketDraft.class);
    verify(intake)
        .submit(
            drafted.capture(),
            eq("a1b2c3d4e5f60718@" + STARTED),
            eq(AlertIntakeService.IDEMPOTENCY_SCOPE));
    TicketDraft draft = drafted.getValue();
    assertThat(draft.title()).isEqualTo("Order service is down on orders-1");
    assertThat(draft.description()).contains("Alert OrderServiceDown (severity warning)");
    assertThat(draft.channel()).isEqualTo(Channel.MONITORING);
    assertThat(draft.urgency()).isEqualTo(Urgency.IMPORTANT);
    assertThat(draft.impact()).isEqualTo(Impact.DEPARTMENT);
    assertThat(draft.category()).isEqualTo(Category.ENVIRONMENT_CONFIGURATION);
    assertThat(draft.subcategory())
        .as("CRASH is no subcategory of ENVIRONMENT_CONFIGURATION: the category's default")
        .isEqualTo(Subcategory.NETWORK_SETTINGS);
    assertThat(draft.requesterName())
        .isEqualTo("Monitoring (Alertmanager receiver " + RECEIVER + ")");
    assertThat(draft.requesterEmail()).isEqualTo("ops@example.com");
    assertThat(draft.requesterPhone()).isNull();
    assertThat(draft.createdBy()).isEqualTo(AlertIntakeService.ACTOR);
    assertThat(row().getTicketId()).contains(11L);
    verifyNoInteractions(incidents);
  }

  @Test
  void repeatedWarningOpensNoSecondTicket() {
    opensTicket();
    service.receive(delivery(firing("warning")));

    List<AlertResult> again = service.receive(delivery(firing("warning")));

    assertThat(again.get(0).outcome()).isEqualTo(AlertOutcome.REPEATED);
    assertThat(again.get(0).ticketNumber()).isEqualTo("TS20261122-0001");
    verify(intake, times(1)).submit(any(), anyString(), anyString());
    assertThat(row().getDeliveries()).isEqualTo(2);
  }

  @Test
  void anEarlierTicketOfTheSameKeyIsReportedAsARepeat() {
    when(intake.submit(any(), anyString(), anyString()))
        .thenReturn(new IntakeResult(ticket, Optional.empty(), false));

    assertThat(service.receive(delivery(firing("info"))).get(0).outcome())
        .isEqualTo(AlertOutcome.REPEATED);
    assertThat(row().getTicketId()).contains(11L);
  }

  @Test
  void otherOrMissingSeverityMakesANormalTicketAndPageIsNotCritical() {
    opensTicket();
    service.receive(delivery(firing("page")));
    rows.clear();
    service.receive(delivery(firing(null)));

    ArgumentCaptor<TicketDraft> drafted = ArgumentCaptor.forClass(TicketDraft.class);
    verify(intake, times(2)).submit(drafted.capture(), anyString(), anyString());
    assertThat(drafted.getAllValues())
        .extracting(TicketDraft::urgency)
        .containsOnly(Urgency.NORMAL);
    assertThat(drafted.getAllValues().get(1).description()).contains("Alert OrderServiceDown,");
    verifyNoInteractions(incidents);
  }

  // --- resolved ------------------------------------------------------------------------------

  @Test
  void resolvedAlertOfAnIncidentRecordsRecoveryOnce() {
    declaresNew();
    service.receive(delivery(firing("critical")));

    List<AlertResult> results = service.receive(delivery(resolved("critical")));

    assertThat(results)
        .containsExactly(
            new AlertResult(
                "a1b2c3d4e5f60718", STARTED, AlertOutcome.RECOVERED, "MI20261122-001", null));
    verify(incidents)
        .recordRecovery(eq("MI20261122-001"), contains("OrderServiceDown recovered at " + ENDED));
    assertThat(row().getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(row().getEndsAt()).contains(ENDED);

    assertThat(service.receive(delivery(resolved("critical"))).get(0).outcome())
        .isEqualTo(AlertOutcome.REPEATED);
    verify(incidents, times(1)).recordRecovery(anyString(), anyString());
    assertThat(row().getDeliveries()).isEqualTo(3);
  }

  @Test
  void resolvedAlertOfAnOpenTicketLeavesAnInternalNote() {
    opensTicket();
    service.receive(delivery(firing("warning")));

    List<AlertResult> results = service.receive(delivery(resolved("warning")));

    assertThat(results.get(0).outcome()).isEqualTo(AlertOutcome.RECOVERED);
    assertThat(results.get(0).ticketNumber()).isEqualTo("TS20261122-0001");
    verify(tickets)
        .addApplicationNote(
            eq("TS20261122-0001"), contains("recovered at " + ENDED), eq(AlertIntakeService.ACTOR));
  }

  @Test
  void resolvedAlertOfATicketThatIsDoneLeavesNoNote() {
    opensTicket();
    service.receive(delivery(firing("warning")));
    when(ticket.getStatus()).thenReturn(TicketStatus.RESOLVED);

    assertThat(service.receive(delivery(resolved("warning"))).get(0).outcome())
        .isEqualTo(AlertOutcome.RECOVERED);
    verifyNoInteractions(tickets);
  }

  @Test
  void resolvedAlertNeverSeenFiringIsRecordedAndNothingElse() {
    List<AlertResult> results = service.receive(delivery(resolved("info")));

    assertThat(results)
        .containsExactly(
            new AlertResult("a1b2c3d4e5f60718", STARTED, AlertOutcome.IGNORED, null, null));
    assertThat(row().getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(row().getEndsAt()).contains(ENDED);
    verifyNoInteractions(incidents, intake, tickets);

    assertThat(service.receive(delivery(resolved("info"))).get(0).outcome())
        .isEqualTo(AlertOutcome.REPEATED);
  }

  @Test
  void resolvedAlertWithAnotherStartTimeEndsTheLatestFiringOccurrence() {
    declaresNew();
    service.receive(delivery(firing("critical")));
    IncomingAlert laterStart =
        new IncomingAlert(
            AlertStatus.RESOLVED,
            "a1b2c3d4e5f60718",
            STARTED.plusSeconds(30),
            null,
            labels("critical"),
            Map.of(),
            null);

    assertThat(service.receive(delivery(laterStart)).get(0).outcome())
        .isEqualTo(AlertOutcome.RECOVERED);
    assertThat(row().getEndsAt()).as("no end time given: when it was heard").contains(NOW);
    verify(incidents).recordRecovery(eq("MI20261122-001"), anyString());
  }

  @Test
  void repeatedResolutionWithAnotherStartTimeIsARepeat() {
    declaresNew();
    service.receive(delivery(firing("critical")));
    IncomingAlert laterStart =
        new IncomingAlert(
            AlertStatus.RESOLVED,
            "a1b2c3d4e5f60718",
            STARTED.plusSeconds(30),
            ENDED,
            labels("critical"),
            Map.of(),
            null);
    service.receive(delivery(laterStart));

    assertThat(service.receive(delivery(laterStart)).get(0).outcome())
        .isEqualTo(AlertOutcome.REPEATED);
    assertThat(rows).hasSize(1);
    verify(incidents, times(1)).recordRecovery(anyString(), anyString());

    IncomingAlert otherEnd =
        new IncomingAlert(
            AlertStatus.RESOLVED,
            "a1b2c3d4e5f60718",
            STARTED.plusSeconds(30),
            ENDED.plusSeconds(1),
            labels("critical"),
            Map.of(),
            null);
    assertThat(service.receive(delivery(otherEnd)).get(0).outcome())
        .as("another occurrence that was never seen firing")
        .isEqualTo(AlertOutcome.IGNORED);
  }

  @Test
  void firingAfterResolvedOfTheSameOccurrenceChangesNothing() {
    service.receive(delivery(resolved("critical")));

    assertThat(service.receive(delivery(firing("critical"))).get(0).outcome())
        .isEqualTo(AlertOutcome.REPEATED);
    verifyNoInteractions(incidents);
  }

  @Test
  void aClaimedButUnfinishedAlertThatResolvesIsJustClosed() {
    MonitoringAlert claimed = new MonitoringAlert(firing("critical"), GROUP, NOW);
    ReflectionTestUtils.setField(claimed, "id", nextId++);
    rows.add(claimed);

    assertThat(service.receive(delivery(resolved("critical"))).get(0).outcome())
        .isEqualTo(AlertOutcome.RECOVERED);
    assertThat(claimed.getStatus()).isEqualTo(AlertStatus.RESOLVED);
    verifyNoInteractions(incidents, tickets);
  }

  // --- label mapping -------------------------------------------------------------------------

  @Test
  void categoryComesFromItsLabelWhenValidElseSystemFault() {
    assertThat(AlertIntakeService.category(firing("warning", "category", "OPERATION_GUIDANCE")))
        .isEqualTo(Category.OPERATION_GUIDANCE);
    assertThat(AlertIntakeService.category(firing("warning", "category", " requirement_request ")))
        .isEqualTo(Category.REQUIREMENT_REQUEST);
    assertThat(AlertIntakeService.category(firing("warning", "category", "database")))
        .isEqualTo(Category.SYSTEM_FAULT);
    assertThat(AlertIntakeService.category(firing("warning", "category", "")))
        .isEqualTo(Category.SYSTEM_FAULT);
    assertThat(AlertIntakeService.category(firing("warning"))).isEqualTo(Category.SYSTEM_FAULT);
  }

  @Test
  void subcategoryComesFromItsLabelOnlyWhenItBelongsToTheCategory() {
    assertThat(
            AlertIntakeService.subcategory(
                firing("warning", "subcategory", "sync_failure"), Category.SYSTEM_FAULT))
        .contains(Subcategory.SYNC_FAILURE);
    assertThat(
            AlertIntakeService.subcategory(
                firing("warning", "subcategory", "SYNC_FAILURE"), Category.OPERATION_GUIDANCE))
        .isEmpty();
    assertThat(
            AlertIntakeService.subcategory(
                firing("warning", "subcategory", "nonsense"), Category.SYSTEM_FAULT))
        .isEmpty();
    assertThat(AlertIntakeService.subcategory(firing("warning"), Category.SYSTEM_FAULT)).isEmpty();
  }

  @Test
  void everyCategoryHasADefaultSubcategoryOfItsOwn() {
    for (Category category : Category.values()) {
      assertThat(AlertIntakeService.defaultSubcategory(category).belongsTo(category)).isTrue();
    }
    assertThat(AlertIntakeService.defaultSubcategory(Category.SYSTEM_FAULT))
        .isEqualTo(Subcategory.SOFTWARE_BUG);
  }

  @Test
  void titleIsTheSummaryOrElseTheAlertNameCutToFit() {
    IncomingAlert bare =
        new IncomingAlert(
            AlertStatus.FIRING, "f", STARTED, null, Map.of("alertname", "DiskFull"), null, null);
    assertThat(AlertIntakeService.title(bare)).isEqualTo("DiskFull");
    assertThat(AlertIntakeService.description(bare))
        .isEqualTo("Alert DiskFull, firing since " + STARTED + ".\nLabels: alertname=\"DiskFull\"");

    IncomingAlert wordy =
        new IncomingAlert(
            AlertStatus.FIRING,
            "f",
            STARTED,
            null,
            Map.of("alertname", "DiskFull"),
            Map.of("summary", "s".repeat(500)),
            " ");
    assertThat(AlertIntakeService.title(wordy)).hasSize(AlertIntakeService.MAX_TITLE).endsWith("…");
    assertThat(AlertIntakeService.description(wordy)).doesNotContain("Source:");
  }

  @Test
  void alertTimesAreKeptInMicroseconds() {
    IncomingAlert alert =
        new IncomingAlert(
            AlertStatus.RESOLVED,
            "f",
            Instant.parse("2026-11-22T01:02:03.123456789Z"),
            Instant.parse("2026-11-22T01:03:00.000000999Z"),
            Map.of("alertname", "X"),
            null,
            null);
    assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-11-22T01:02:03.123456Z"));
    assertThat(alert.endsAt()).isEqualTo(Instant.parse("2026-11-22T01:03:00Z"));
  }

  @Test
  void labelsAreStoredSortedAndCutToTheColumn() {
    assertThat(MonitoringAlert.labelText(Map.of("b", "2", "a", "1"))).isEqualTo("a=\"1\", b=\"2\"");
    assertThat(MonitoringAlert.cut("x".repeat(10), 5)).isEqualTo("xxxx…");
    assertThat(MonitoringAlert.cut("abc\uD83D\uDE00def", 5)).isEqualTo("abc…");
    assertThat(MonitoringAlert.cut(null, 5)).isNull();
  }

  @Test
  void propertiesNeverShowTheToken() {
    AlertmanagerProperties set = new AlertmanagerProperties("s3cret", null);
    assertThat(set.enabled()).isTrue();
    assertThat(set.toString()).doesNotContain("s3cret").contains("(set)");
    assertThat(new AlertmanagerProperties(" ", null).enabled()).isFalse();
    assertThat(new AlertmanagerProperties(null, null).toString()).contains("(unset)");
  }
}
