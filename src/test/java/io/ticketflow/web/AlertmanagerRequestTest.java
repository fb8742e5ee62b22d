package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.intake.AlertNotification;
import io.ticketflow.intake.AlertStatus;
import io.ticketflow.intake.IncomingAlert;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.InvalidTicketRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and checking Alertmanager's webhook payload (version 4), from recorded payloads. */
class AlertmanagerRequestTest {

  /** Configured as the application's mapper is: unknown fields are refused by default. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static String payload(String name) {
    try (InputStream in =
        AlertmanagerRequestTest.class.getResourceAsStream("/alertmanager/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("No test payload " + name, e);
    }
  }

  private static ObjectNode tree(String name) throws IOException {
    return (ObjectNode) JSON.readTree(payload(name));
  }

  private static List<FieldError> errorsOf(String body) {
    InvalidTicketRequestException refused =
        catchThrowableOfType(
            InvalidTicketRequestException.class, () -> AlertmanagerRequest.read(JSON, body));
    assertThat(refused).as("refused").isNotNull();
    return refused.errors();
  }

  private static List<String> fieldsOf(String body) {
    return errorsOf(body).stream().map(FieldError::field).toList();
  }

  @Test
  void firingCriticalAlertIsReadWithItsLabelsAndTimesInMicroseconds() {
    AlertNotification notification = AlertmanagerRequest.read(JSON, payload("firing-critical"));

    assertThat(notification.receiver()).isEqualTo("ticketflow-critical");
    assertThat(notification.groupKey())
        .isEqualTo("{}/{severity=\"critical\"}:{alertname=\"OrderServiceDown\"}");
    assertThat(notification.alerts()).hasSize(1);
    IncomingAlert alert = notification.alerts().get(0);
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(alert.fingerprint()).isEqualTo("a1b2c3d4e5f60718");
    assertThat(alert.alertName()).isEqualTo("OrderServiceDown");
    assertThat(alert.severity()).contains("critical");
    assertThat(alert.annotation("summary")).contains("Order service is down on orders-1");
    assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-11-22T01:02:03.123456Z"));
    assertThat(alert.endsAt()).as("Go's zero time means unset").isNull();
    assertThat(alert.generatorUrl()).startsWith("http://prometheus.internal:9090/graph");
  }

  @Test
  void groupedAlertsKeepTheirOrderAndOffsetsBecomeInstants() {
    AlertNotification notification = AlertmanagerRequest.read(JSON, payload("grouped-critical"));

    assertThat(notification.alerts())
        .extracting(IncomingAlert::fingerprint)
        .containsExactly("a1b2c3d4e5f60718", "b2c3d4e5f6071829", "c3d4e5f60718293a");
    assertThat(notification.alerts().get(1).startsAt())
        .isEqualTo(Instant.parse("2026-11-21T17:03:33.500Z"));
    assertThat(notification.alerts().get(2).annotations()).isEmpty();
  }

  @Test
  void resolvedAlertCarriesItsEndTime() {
    IncomingAlert alert =
        AlertmanagerRequest.read(JSON, payload("resolved-critical")).alerts().get(0);

    assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.endsAt()).isEqualTo(Instant.parse("2026-11-22T01:47:18.500Z"));
  }

  @Test
  void fieldsAlertmanagerMayAddLaterAreIgnored() throws IOException {
    ObjectNode body = tree("firing-warning");
    body.put("orgId", 1);
    ((ObjectNode) body.withArray("alerts").get(0)).put("silenceURL", "http://am/silence");

    assertThat(AlertmanagerRequest.read(JSON, body.toString()).alerts()).hasSize(1);
  }

  @Test
  void anotherVersionIsRefused() {
    assertThat(errorsOf(payload("malformed-version")))
        .containsExactly(new FieldError("version", "must be \"4\""));
  }

  @Test
  void everyProblemOfEveryAlertIsReportedAtOnce() {
    assertThat(fieldsOf(payload("malformed-alerts")))
        .containsExactlyInAnyOrder(
            "alerts[1].status",
            "alerts[1].fingerprint",
            "alerts[1].labels.alertname",
            "alerts[1].startsAt",
            "alerts[1].endsAt",
            "alerts[2].fingerprint",
            "alerts[2].startsAt");
  }

  @Test
  void unknownStatusIsNamedAsSuch() {
    assertThat(errorsOf(payload("malformed-alerts")))
        .contains(
            new FieldError("alerts[1].status", "unknown status; must be firing or resolved"),
            new FieldError("alerts[1].startsAt", "must be set"));
  }

  @Test
  void brokenJsonAndEmptyBodiesAreRefused() {
    assertThat(errorsOf(payload("malformed-json")))
        .containsExactly(new FieldError("body", "is not valid JSON"));
    assertThat(errorsOf(payload("firing-warning") + " {}"))
        .containsExactly(new FieldError("body", "is not valid JSON"));
    assertThat(fieldsOf("")).containsExactly("body");
    assertThat(fieldsOf(null)).containsExactly("body");
    assertThat(fieldsOf("null")).containsExactly("body");
    assertThat(fieldsOf("[]")).containsExactly("body");
  }

  @Test
  void valuesOfTheWrongTypeAreNamedByTheirPath() throws IOException {
    ObjectNode body = tree("firing-critical");
    ((ObjectNode) body.withArray("alerts").get(0)).putArray("labels").add("alertname");

    assertThat(errorsOf(body.toString()))
        .containsExactly(new FieldError("alerts[0].labels", "wrong type of value"));
  }

  @Test
  void missingLabelsTopLevelFieldsAndAlertsAreRefused() throws IOException {
    ObjectNode body = tree("firing-critical");
    ((ObjectNode) body.withArray("alerts").get(0)).remove("labels");
    body.remove("receiver");
    body.remove("groupKey");
    body.put("status", "pending");
    body.put("truncatedAlerts", -1);

    assertThat(fieldsOf(body.toString()))
        .containsExactlyInAnyOrder(
            "receiver", "groupKey", "status", "truncatedAlerts", "alerts[0].labels");

    body = tree("firing-critical");
    body.putArray("alerts");
    assertThat(fieldsOf(body.toString())).containsExactly("alerts");
    body.putArray("alerts").addNull();
    assertThat(fieldsOf(body.toString())).containsExactly("alerts[0]");
  }

  @Test
  void moreThanTheCapOfAlertsIsRefused() throws IOException {
    ObjectNode body = tree("firing-warning");
    ObjectNode alert = (ObjectNode) body.withArray("alerts").get(0);
    ArrayNode alerts = body.putArray("alerts");
    for (int i = 0; i <= AlertmanagerRequest.MAX_ALERTS; i++) {
      alerts.add(alert.deepCopy().put("fingerprint", "f" + i));
    }

    assertThat(errorsOf(body.toString()))
        .containsExactly(new FieldError("alerts", "at most 1000 alerts per delivery"));
  }

  @Test
  void overLongValuesAreRefused() throws IOException {
    ObjectNode body = tree("firing-critical");
    body.put("receiver", "r".repeat(AlertmanagerRequest.MAX_RECEIVER + 1));
    ObjectNode alert = (ObjectNode) body.withArray("alerts").get(0);
    alert.put("fingerprint", "f".repeat(101));
    alert.put("generatorURL", "http://x/" + "g".repeat(AlertmanagerRequest.MAX_URL));
    ObjectNode labels = (ObjectNode) alert.get("labels");
    labels.put("alertname", "A".repeat(AlertmanagerRequest.MAX_ALERT_NAME + 1));
    labels.put("instance", "i".repeat(AlertmanagerRequest.MAX_LABEL_VALUE + 1));
    labels.put("x".repeat(AlertmanagerRequest.MAX_NAME + 1), "v");
    labels.putNull("job");
    ((ObjectNode) alert.get("annotations"))
        .put("description", "d".repeat(AlertmanagerRequest.MAX_ANNOTATION_VALUE + 1));

    assertThat(fieldsOf(body.toString()))
        .containsExactlyInAnyOrder(
            "receiver",
            "alerts[0].fingerprint",
            "alerts[0].generatorURL",
            "alerts[0].labels.alertname",
            "alerts[0].labels.instance",
            "alerts[0].labels",
            "alerts[0].labels.job",
            "alerts[0].annotations.description");
  }

  @Test
  void tooManyLabelsAreRefusedAndTheErrorListIsCapped() throws IOException {
    ObjectNode body = tree("firing-warning");
    ObjectNode alert = (ObjectNode) body.withArray("alerts").get(0);
    ObjectNode labels = (ObjectNode) alert.get("labels");
    for (int i = 0; i <= AlertmanagerRequest.MAX_ENTRIES; i++) {
      labels.put("label" + i, "v");
    }
    assertThat(fieldsOf(body.toString())).containsExactly("alerts[0].labels");

    ArrayNode alerts = body.putArray("alerts");
    for (int i = 0; i < 60; i++) {
      alerts.addObject().put("status", "firing");
    }
    List<FieldError> errors = errorsOf(body.toString());
    assertThat(errors).hasSize(AlertmanagerRequest.MAX_ERRORS + 1);
    assertThat(errors.get(AlertmanagerRequest.MAX_ERRORS).message()).endsWith("not listed");
  }
}
