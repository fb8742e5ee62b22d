package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.incident.Incident;
import io.ticketflow.incident.IncidentEvent;
import io.ticketflow.incident.IncidentEventType;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.incident.IncidentSource;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alertmanager posting recorded version 4 payloads to the webhook, as it would: critical alerts
 * become one major incident per alert group, others one ticket each, repeats change nothing, and
 * bad deliveries or bad tokens are refused with nothing stored.
 */
@IntegrationTest
class AlertmanagerIT {

  private static final String WEBHOOK = "/api/integrations/alertmanager";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final List<String> FINGERPRINTS =
      List.of(
          "a1b2c3d4e5f60718",
          "b2c3d4e5f6071829",
          "c3d4e5f60718293a",
          "d4e5f60718293a4b",
          "e5f60718293a4b5c",
          "0718293a4b5c6d7e");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IncidentService incidents;
  Api alertmanager;
  Api staff;

  /** Makes this test's alerts and groups its own: the database is shared by all tests. */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void clients() {
    alertmanager = Api.at(port).with("Authorization", "Bearer " + TestUsers.ALERTMANAGER_TOKEN);
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  }

  private String payload(String name) {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/alertmanager/" + name + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("No test payload " + name, e);
    }
    for (String fingerprint : FINGERPRINTS) {
      text = text.replace(fingerprint, fingerprint + "-" + run);
    }
    return text.replace("\"groupKey\": \"", "\"groupKey\": \"" + run + "/");
  }

  private String fingerprint(String recorded) {
    return recorded + "-" + run;
  }

  private Api.Reply deliver(String name) {
    return alertmanager.post(WEBHOOK, payload(name));
  }

  private static List<String> outcomes(Api.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return StreamSupport.stream(reply.json().get("alerts").spliterator(), false)
        .map(a -> a.get("outcome").asText())
        .toList();
  }

  private static String field(Api.Reply reply, int alert, String name) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    JsonNode value = reply.json().get("alerts").get(alert).get(name);
    return value == null ? null : value.asText();
  }

  private long alertRows() {
    return jdbc.queryForObject(
        "select count(*) from app.monitoring_alert where fingerprint like ?",
        Long.class,
        "%-" + run);
  }

  private long ticketCount() {
    return jdbc.queryForObject("select count(*) from app.ticket", Long.class);
  }

  private long incidentCount() {
    return jdbc.queryForObject("select count(*) from app.incident", Long.class);
  }

  // --- critical alerts: major incidents ------------------------------------------------------

  @Test
  void firingCriticalAlertDeliveredTwiceOpensOneIncident() {
    Api.Reply first = deliver("firing-critical");
    assertThat(outcomes(first)).containsExactly("INCIDENT_OPENED");
    String number = field(first, 0, "incident");

    Api.Reply again = deliver("repeated-critical");
    assertThat(outcomes(again)).containsExactly("REPEATED");
    assertThat(field(again, 0, "incident")).isEqualTo(number);

    Incident incident = incidents.get(number);
    assertThat(incident.getSource()).isEqualTo(IncidentSource.MONITORING);
    assertThat(incident.getTitle()).isEqualTo("Order service is down on orders-1");
    assertThat(incident.getAlertGroupKey())
        .hasValueSatisfying(k -> assertThat(k).startsWith(run + "/"));
    assertThat(incident.isDrill()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select deliveries from app.monitoring_alert where fingerprint = ?",
                Integer.class,
                fingerprint("a1b2c3d4e5f60718")))
        .isEqualTo(2);
  }

  @Test
  void groupedAlertsJoinTheIncidentOfTheirGroup() {
    String number = field(deliver("firing-critical"), 0, "incident");

    Api.Reply grouped = deliver("grouped-critical");

    assertThat(outcomes(grouped)).containsExactly("REPEATED", "INCIDENT_JOINED", "INCIDENT_JOINED");
    assertThat(grouped.json().findValuesAsText("incident")).containsOnly(number);
    List<IncidentEvent> timeline = incidents.timeline(incidents.get(number));
    assertThat(timeline).filteredOn(e -> e.getType() == IncidentEventType.ALERT_FIRING).hasSize(2);
  }

  @Test
  void resolvedCriticalAlertRecordsTheIncidentsRecovery() {
    String number = field(deliver("firing-critical"), 0, "incident");

    Api.Reply resolved = deliver("resolved-critical");

    assertThat(outcomes(resolved)).containsExactly("RECOVERED");
    assertThat(field(resolved, 0, "incident")).isEqualTo(number);
    assertThat(incidents.get(number).getRecoveredAt()).isPresent();
    assertThat(incidents.timeline(incidents.get(number)))
        .filteredOn(e -> e.getType() == IncidentEventType.ALERT_RECOVERED)
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).contains("2026-11-22T01:47:18.500Z"));
    assertThat(outcomes(deliver("resolved-critical"))).containsExactly("REPEATED");
  }

  // --- other alerts: tickets -----------------------------------------------------------------

  @Test
  void warningOpensOneMonitoringTicket() {
    Api.Reply first = deliver("firing-warning");
    assertThat(outcomes(first)).containsExactly("TICKET_OPENED");
    String number = field(first, 0, "ticket");
    assertThat(outcomes(deliver("firing-warning"))).containsExactly("REPEATED");

    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("channel").asText()).isEqualTo("MONITORING");
    assertThat(ticket.get("title").asText()).isEqualTo("Disk /dev/sda1 on files-1 is 90% full");
    assertThat(ticket.get("category").asText()).isEqualTo("ENVIRONMENT_CONFIGURATION");
    assertThat(ticket.get("subcategory").asText()).isEqualTo("NETWORK_SETTINGS");
    assertThat(ticket.get("urgency").asText()).isEqualTo("IMPORTANT");
    assertThat(ticket.get("impact").asText()).isEqualTo("DEPARTMENT");
    assertThat(ticket.at("/requester/name").asText())
        .isEqualTo("Monitoring (Alertmanager receiver ticketflow-tickets)");
    assertThat(ticket.get("description").asText())
        .contains("Less than 10% space left")
        .contains("device=\"/dev/sda1\"");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app.ticket where idempotency_key like ?",
                Long.class,
                "alertmanager:" + fingerprint("d4e5f60718293a4b") + "@%"))
        .isEqualTo(1);
  }

  @Test
  void resolvedWarningLeavesAnInternalNoteOnItsTicket() {
    String number = field(deliver("firing-warning"), 0, "ticket");

    Api.Reply resolved = deliver("resolved-warning");

    assertThat(outcomes(resolved)).containsExactly("RECOVERED");
    assertThat(field(resolved, 0, "ticket")).isEqualTo(number);
    JsonNode comments = staff.get("/api/tickets/" + number).json().get("comments");
    assertThat(comments.findValuesAsText("body"))
        .anySatisfy(body -> assertThat(body).contains("recovered at 2026-11-22T03:00:00Z"));
    assertThat(comments.findValuesAsText("visibility")).containsOnly("INTERNAL");
    assertThat(comments.findValuesAsText("author")).containsOnly("monitoring");
  }

  @Test
  void identicalDeliveriesAtTheSameMomentOpenOneTicket() throws Exception {
    String body = payload("firing-warning");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Api.Reply>> deliveries = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        deliveries.add(
            pool.submit(
                () -> {
                  start.await();
                  return alertmanager.post(WEBHOOK, body);
                }));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<Api.Reply> delivery : deliveries) {
        outcomes.addAll(outcomes(delivery.get(60, TimeUnit.SECONDS)));
      }
      assertThat(outcomes).containsExactlyInAnyOrder("TICKET_OPENED", "REPEATED");
    } finally {
      pool.shutdownNow();
    }
    assertThat(alertRows()).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app.ticket where idempotency_key like ?",
                Long.class,
                "alertmanager:" + fingerprint("d4e5f60718293a4b") + "@%"))
        .isEqualTo(1);
  }

  @Test
  void resolvedAlertNeverSeenFiringIsOnlyRecorded() {
    long tickets = ticketCount();
    long incidentsBefore = incidentCount();

    Api.Reply reply = deliver("resolved-unknown");

    assertThat(outcomes(reply)).containsExactly("IGNORED");
    assertThat(field(reply, 0, "ticket")).isNull();
    assertThat(
            jdbc.queryForObject(
                "select status from app.monitoring_alert where fingerprint = ?",
                String.class,
                fingerprint("e5f60718293a4b5c")))
        .isEqualTo("RESOLVED");
    assertThat(ticketCount()).isEqualTo(tickets);
    assertThat(incidentCount()).isEqualTo(incidentsBefore);
    assertThat(outcomes(deliver("resolved-unknown"))).containsExactly("REPEATED");
  }

  // --- refusals ------------------------------------------------------------------------------

  @Test
  void malformedDeliveriesAreRefusedWithNothingStored() {
    long tickets = ticketCount();
    long incidentsBefore = incidentCount();

    Api.Reply halfBroken = deliver("malformed-alerts");
    assertProblem(halfBroken, 400);
    assertThat(halfBroken.json().findValuesAsText("field"))
        .contains("alerts[1].status", "alerts[1].fingerprint", "alerts[2].startsAt");
    assertProblem(deliver("malformed-version"), 400);
    Api.Reply broken = deliver("malformed-json");
    assertProblem(broken, 400);
    assertThat(broken.json().findValuesAsText("field")).containsExactly("body");

    assertThat(alertRows()).isZero();
    assertThat(ticketCount()).isEqualTo(tickets);
    assertThat(incidentCount()).isEqualTo(incidentsBefore);
  }

  @Test
  void wrongMissingOrBasicCredentialsAreRefusedWithABearerChallenge() {
    Api.Reply missing = Api.at(port).post(WEBHOOK, payload("firing-warning"));
    assertProblem(missing, 401);
    assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");

    Api.Reply wrong =
        Api.at(port)
            .with("Authorization", "Bearer not-the-token")
            .post(WEBHOOK, payload("firing-warning"));
    assertProblem(wrong, 401);
    assertThat(wrong.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");

    Api.Reply staffLogin = staff.post(WEBHOOK, payload("firing-warning"));
    assertProblem(staffLogin, 401);

    assertThat(alertRows()).isZero();
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
  }
}
