package io.ticketflow.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One alert occurrence seen from Alertmanager (fingerprint + start time), and the incident or
 * ticket it led to. A repeated delivery finds this row and creates nothing new.
 */
@Entity
@Table(name = "monitoring_alert")
public class MonitoringAlert {

  static final int MAX_GROUP_KEY = 1000;
  static final int MAX_ALERT_NAME = 200;
  static final int MAX_SEVERITY = 40;
  static final int MAX_SUMMARY = 1000;
  static final int MAX_LABELS = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 100, updatable = false)
  private String fingerprint;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "group_key", nullable = false, length = MAX_GROUP_KEY, updatable = false)
  private String groupKey;

  @Column(name = "alert_name", nullable = false, length = MAX_ALERT_NAME, updatable = false)
  private String alertName;

  @Column(length = MAX_SEVERITY, updatable = false)
  private String severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AlertStatus status;

  @Column(length = MAX_SUMMARY, updatable = false)
  private String summary;

  @Column(nullable = false, length = MAX_LABELS, updatable = false)
  private String labels;

  @Column(name = "incident_id")
  private Long incidentId;

  @Column(name = "ticket_id")
  private Long ticketId;

  @Column(name = "first_seen_at", nullable = false, updatable = false)
  private Instant firstSeenAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(nullable = false)
  private int deliveries;

  protected MonitoringAlert() {}

  /** The first sight of an alert occurrence, in the status it was delivered in. */
  MonitoringAlert(IncomingAlert alert, String groupKey, Instant now) {
    this.fingerprint = alert.fingerprint();
    this.startsAt = alert.startsAt();
    this.endsAt = alert.status() == AlertStatus.RESOLVED ? alert.endsAt() : null;
    this.groupKey = cut(groupKey, MAX_GROUP_KEY);
    this.alertName = cut(alert.alertName(), MAX_ALERT_NAME);
    this.severity = alert.severity().map(s -> cut(s, MAX_SEVERITY)).orElse(null);
    this.status = alert.status();
    this.summary =
        alert.annotation(IncomingAlert.SUMMARY).map(s -> cut(s, MAX_SUMMARY)).orElse(null);
    this.labels = cut(labelText(alert.labels()), MAX_LABELS);
    this.firstSeenAt = now;
    this.lastSeenAt = now;
    this.deliveries = 1;
  }

  /** The labels as one line, sorted by name: {@code alertname="X", severity="critical"}. */
  static String labelText(Map<String, String> labels) {
    return new TreeMap<>(labels)
        .entrySet().stream()
            .map(e -> e.getKey() + "=\"" + e.getValue() + "\"")
            .collect(Collectors.joining(", "));
  }

  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  void countDelivery(Instant at) {
    this.deliveries++;
    this.lastSeenAt = at;
  }

  void resolve(Instant at, Instant seenAt) {
    this.status = AlertStatus.RESOLVED;
    this.endsAt = at;
    this.lastSeenAt = seenAt;
  }

  void linkIncident(Long incident) {
    this.incidentId = incident;
  }

  void linkTicket(Long ticket) {
    this.ticketId = ticket;
  }

  /** Whether a firing delivery was already acted on: it has its incident or ticket, or is over. */
  boolean handled() {
    return incidentId != null || ticketId != null || status == AlertStatus.RESOLVED;
  }

  public Long getId() {
    return id;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Optional<Instant> getEndsAt() {
    return Optional.ofNullable(endsAt);
  }

  public String getGroupKey() {
    return groupKey;
  }

  public String getAlertName() {
    return alertName;
  }

  public Optional<String> getSeverity() {
    return Optional.ofNullable(severity);
  }

  public AlertStatus getStatus() {
    return status;
  }

  public Optional<String> getSummary() {
    return Optional.ofNullable(summary);
  }

  public String getLabels() {
    return labels;
  }

  public Optional<Long> getIncidentId() {
    return Optional.ofNullable(incidentId);
  }

  public Optional<Long> getTicketId() {
    return Optional.ofNullable(ticketId);
  }

  public Instant getFirstSeenAt() {
    return firstSeenAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public int getDeliveries() {
    return deliveries;
  }
}
