package io.ticketflow.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert as monitoring reported it, already checked for form.
 *
 * @param startsAt when the alert started; with the fingerprint it names one occurrence
 * @param endsAt when it ended, or null while it fires
 * @param generatorUrl the link back to the rule's expression, or null
 */
public record IncomingAlert(
    AlertStatus status,
    String fingerprint,
    Instant startsAt,
    Instant endsAt,
    Map<String, String> labels,
    Map<String, String> annotations,
    String generatorUrl) {

  public static final String ALERT_NAME = "alertname";
  public static final String SEVERITY = "severity";
  public static final String SUMMARY = "summary";
  public static final String DESCRIPTION = "description";

  public IncomingAlert {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(startsAt, "startsAt");
    // the database keeps microseconds; Alertmanager sends nanoseconds: compare like with like
    startsAt = startsAt.truncatedTo(ChronoUnit.MICROS);
    endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.MICROS);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }

  public String alertName() {
    return labels.get(ALERT_NAME);
  }

  public Optional<String> severity() {
    return label(SEVERITY);
  }

  public Optional<String> label(String name) {
    return Optional.ofNullable(labels.get(name)).filter(v -> !v.isBlank()).map(String::strip);
  }

  public Optional<String> annotation(String name) {
    return Optional.ofNullable(annotations.get(name)).filter(v -> !v.isBlank()).map(String::strip);
  }
}
