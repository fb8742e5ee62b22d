package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentRepository;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.ticket.TicketRepository;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The alert table as Flyway creates it on H2, and deliveries racing each other for a row. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate", showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class MonitoringAlertStoreTest {

  static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
  static final Instant STARTED = Instant.parse("2026-11-22T01:02:03.123456Z");
  static final String GROUP = "{}:{alertname=\"OrderServiceDown\"}";

  @Autowired MonitoringAlertRepository alerts;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void empty() {
    alerts.deleteAll();
  }

  static IncomingAlert alert(AlertStatus status, Instant startsAt) {
    return new IncomingAlert(
        status,
        "a1b2c3d4e5f60718",
        startsAt,
        status == AlertStatus.RESOLVED ? startsAt.plusSeconds(600) : null,
        Map.of("alertname", "OrderServiceDown", "severity", "critical"),
        Map.of("summary", "Order service is down"),
        null);
  }

  @Test
  void oneRowPerFingerprintAndStartTimeToTheMicrosecond() {
    MonitoringAlert saved =
        alerts.saveAndFlush(new MonitoringAlert(alert(AlertStatus.FIRING, STARTED), GROUP, NOW));

    MonitoringAlert found =
        alerts.findByFingerprintAndStartsAt("a1b2c3d4e5f60718", STARTED).orElseThrow();
    assertThat(found.getId()).isEqualTo(saved.getId());
    assertThat(found.getStartsAt()).isEqualTo(STARTED);
    assertThat(found.getSummary()).contains("Order service is down");
    assertThat(found.getLabels())
        .isEqualTo("alertname=\"OrderServiceDown\", severity=\"critical\"");
    assertThat(found.getEndsAt()).isEmpty();
    assertThat(alerts.findByGroupKeyOrderByIdAsc(GROUP)).hasSize(1);

    assertThatThrownBy(
            () ->
                alerts.saveAndFlush(
                    new MonitoringAlert(alert(AlertStatus.FIRING, STARTED), GROUP, NOW)))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void latestFiringOccurrenceOfAFingerprint() {
    alerts.saveAndFlush(new MonitoringAlert(alert(AlertStatus.FIRING, STARTED), GROUP, NOW));
    MonitoringAlert later =
        alerts.saveAndFlush(
            new MonitoringAlert(alert(AlertStatus.FIRING, STARTED.plusSeconds(60)), GROUP, NOW));
    alerts.saveAndFlush(
        new MonitoringAlert(alert(AlertStatus.RESOLVED, STARTED.plusSeconds(120)), GROUP, NOW));

    assertThat(
            alerts
                .findFirstByFingerprintAndStatusOrderByStartsAtDesc(
                    "a1b2c3d4e5f60718", AlertStatus.FIRING)
                .map(MonitoringAlert::getId))
        .contains(later.getId());
    assertThat(alerts.findAll())
        .filteredOn(a -> a.getStatus() == AlertStatus.RESOLVED)
        .singleElement()
        .satisfies(a -> assertThat(a.getEndsAt()).contains(STARTED.plusSeconds(720)));
  }

  @Test
  void twoIdenticalDeliveriesAtTheSameMomentDeclareOneIncident() throws Exception {
    Long incidentId = incidentRow();
    Incident incident = mock(Incident.class);
    when(incident.getId()).thenReturn(incidentId);
    when(incident.getNumber()).thenReturn("MI20261122-001");
    IncidentService incidents = mock(IncidentService.class);
    when(incidents.openForAlert(any()))
        .thenAnswer(
            call -> {
              // long enough for the other delivery to reach the row and wait for it
              Thread.sleep(300);
              return new IncidentService.Declared(incident, true);
            });
    IncidentRepository incidentStore = mock(IncidentRepository.class);
    when(incidentStore.findById(incidentId)).thenReturn(Optional.of(incident));
    AlertIntakeService service =
        new AlertIntakeService(
            alerts,
            incidents,
            incidentStore,
            mock(TicketIntakeService.class),
            mock(TicketService.class),
            mock(TicketRepository.class),
            new AlertmanagerProperties("token", null),
            transactions,
            Clock.fixed(NOW, ZoneOffset.UTC));
    AlertNotification delivery =
        new AlertNotification("critical", GROUP, List.of(alert(AlertStatus.FIRING, STARTED)));

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<List<AlertResult>>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return service.receive(delivery);
                }));
      }
      start.countDown();
      List<AlertOutcome> outcomes = new ArrayList<>();
      for (Future<List<AlertResult>> run : runs) {
        outcomes.add(run.get(30, TimeUnit.SECONDS).get(0).outcome());
      }
      assertThat(outcomes)
          .containsExactlyInAnyOrder(AlertOutcome.INCIDENT_OPENED, AlertOutcome.REPEATED);
    } finally {
      pool.shutdownNow();
    }
    verify(incidents, times(1)).openForAlert(any());
    MonitoringAlert row = alerts.findAll().get(0);
    assertThat(alerts.count()).isEqualTo(1);
    assertThat(row.getIncidentId()).contains(incidentId);
    assertThat(row.getDeliveries()).isEqualTo(2);
  }

  /** An incident row for the alert to point at (the incident store itself is not under test). */
  private Long incidentRow() {
    jdbc.update("delete from incident_event");
    jdbc.update("delete from incident");
    jdbc.update(
        "insert into incident (version, number, title, category, source, drill, status,"
            + " declared_by, declared_at, acknowledge_due_at, fix_due_at)"
            + " values (0, 'MI20261122-001', 'Order service down', 'SYSTEM_FAULT', 'MONITORING',"
            + " false, 'DECLARED', 'system', ?, ?, ?)",
        java.sql.Timestamp.from(NOW),
        java.sql.Timestamp.from(NOW),
        java.sql.Timestamp.from(NOW));
    return jdbc.queryForObject(
        "select id from incident where number = 'MI20261122-001'", Long.class);
  }
}
