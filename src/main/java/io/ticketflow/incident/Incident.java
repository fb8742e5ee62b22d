package io.ticketflow.incident;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
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
import java.util.Optional;

/**
 * A major incident: the record behind one emergency-response process instance (business key =
 * number). A drill is an incident that changes no ticket and tells no requester.
 */
@Entity
@Table(name = "incident")
public class Incident {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 32, updatable = false)
  private String number;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private Subcategory subcategory;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private IncidentSource source;

  @Column(nullable = false, updatable = false)
  private boolean drill;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IncidentStatus status;

  @Column(name = "declared_by", nullable = false, length = 200, updatable = false)
  private String declaredBy;

  @Column(name = "declared_at", nullable = false, updatable = false)
  private Instant declaredAt;

  @Column(name = "acknowledge_due_at", nullable = false)
  private Instant acknowledgeDueAt;

  @Column(name = "fix_due_at", nullable = false)
  private Instant fixDueAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 200)
  private String acknowledgedBy;

  @Column(name = "acknowledgement_escalated_at")
  private Instant acknowledgementEscalatedAt;

  @Column(length = 4000)
  private String workaround;

  @Column(name = "workaround_at")
  private Instant workaroundAt;

  @Column(name = "fix_escalated_at")
  private Instant fixEscalatedAt;

  @Column(name = "status_note", length = 4000)
  private String statusNote;

  @Column(name = "status_updates", nullable = false)
  private int statusUpdates;

  @Column(name = "last_status_update_at")
  private Instant lastStatusUpdateAt;

  @Column(name = "recovered_at")
  private Instant recoveredAt;

  @Column(length = 4000)
  private String resolution;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by", length = 200)
  private String resolvedBy;

  @Column(name = "review_timeline", length = 4000)
  private String reviewTimeline;

  @Column(name = "root_cause", length = 4000)
  private String rootCause;

  @Column(name = "corrective_actions", length = 4000)
  private String correctiveActions;

  @Column(name = "reviewed_by", length = 200)
  private String reviewedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "alert_group_key", length = 1000)
  private String alertGroupKey;

  @Column(name = "origin_ticket_number", length = 32, updatable = false)
  private String originTicketNumber;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected Incident() {}

  Incident(
      String number,
      IncidentDeclaration declaration,
      String declaredBy,
      Instant declaredAt,
      Instant acknowledgeDueAt,
      Instant fixDueAt) {
    this.number = number;
    this.title = declaration.title();
    this.description = declaration.description();
    this.category = declaration.category();
    this.subcategory = declaration.subcategory();
    this.source = declaration.source();
    this.drill = declaration.drill();
    this.alertGroupKey = declaration.alertGroupKey();
    this.originTicketNumber = declaration.originTicketNumber();
    this.status = IncidentStatus.DECLARED;
    this.declaredBy = declaredBy;
    this.declaredAt = declaredAt;
    this.acknowledgeDueAt = acknowledgeDueAt;
    this.fixDueAt = fixDueAt;
  }

  void acknowledge(String actor, Instant at) {
    this.acknowledgedBy = actor;
    this.acknowledgedAt = at;
    this.status = IncidentStatus.ACKNOWLEDGED;
  }

  void escalateAcknowledgement(Instant at) {
    this.acknowledgementEscalatedAt = at;
  }

  void giveWorkaround(String text, Instant at) {
    this.workaround = text;
    this.workaroundAt = at;
    this.status = IncidentStatus.MITIGATED;
  }

  void escalateFix(Instant at) {
    this.fixEscalatedAt = at;
  }

  void noteStatus(String note) {
    this.statusNote = note;
  }

  void countStatusUpdate(Instant at) {
    this.statusUpdates++;
    this.lastStatusUpdateAt = at;
  }

  void recover(Instant at) {
    if (recoveredAt == null) {
      this.recoveredAt = at;
    }
  }

  void resolve(String text, String actor, Instant at) {
    this.resolution = text;
    this.resolvedBy = actor;
    this.resolvedAt = at;
    this.status = IncidentStatus.RESOLVED;
  }

  void review(String timeline, String cause, String actions, String actor) {
    this.reviewTimeline = timeline;
    this.rootCause = cause;
    this.correctiveActions = actions;
    this.reviewedBy = actor;
  }

  void close(Instant at) {
    this.closedAt = at;
    this.status = IncidentStatus.CLOSED;
  }

  void attachToProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void joinAlertGroup(String groupKey) {
    if (alertGroupKey == null) {
      this.alertGroupKey = groupKey;
    }
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  public Category getCategory() {
    return category;
  }

  public Optional<Subcategory> getSubcategory() {
    return Optional.ofNullable(subcategory);
  }

  public IncidentSource getSource() {
    return source;
  }

  public boolean isDrill() {
    return drill;
  }

  public IncidentStatus getStatus() {
    return status;
  }

  public String getDeclaredBy() {
    return declaredBy;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }

  public Instant getAcknowledgeDueAt() {
    return acknowledgeDueAt;
  }

  public Instant getFixDueAt() {
    return fixDueAt;
  }

  public Optional<Instant> getAcknowledgedAt() {
    return Optional.ofNullable(acknowledgedAt);
  }

  public Optional<String> getAcknowledgedBy() {
    return Optional.ofNullable(acknowledgedBy);
  }

  public Optional<Instant> getAcknowledgementEscalatedAt() {
    return Optional.ofNullable(acknowledgementEscalatedAt);
  }

  public Optional<String> getWorkaround() {
    return Optional.ofNullable(workaround);
  }

  public Optional<Instant> getWorkaroundAt() {
    return Optional.ofNullable(workaroundAt);
  }

  public Optional<Instant> getFixEscalatedAt() {
    return Optional.ofNullable(fixEscalatedAt);
  }

  public Optional<String> getStatusNote() {
    return Optional.ofNullable(statusNote);
  }

  public int getStatusUpdates() {
    return statusUpdates;
  }

  public Optional<Instant> getLastStatusUpdateAt() {
    return Optional.ofNullable(lastStatusUpdateAt);
  }

  public Optional<Instant> getRecoveredAt() {
    return Optional.ofNullable(recoveredAt);
  }

  public Optional<String> getResolution() {
    return Optional.ofNullable(resolution);
  }

  public Optional<Instant> getResolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  public Optional<String> getResolvedBy() {
    return Optional.ofNullable(resolvedBy);
  }

  public Optional<String> getReviewTimeline() {
    return Optional.ofNullable(reviewTimeline);
  }

  public Optional<String> getRootCause() {
    return Optional.ofNullable(rootCause);
  }

  public Optional<String> getCorrectiveActions() {
    return Optional.ofNullable(correctiveActions);
  }

  public Optional<String> getReviewedBy() {
    return Optional.ofNullable(reviewedBy);
  }

  public Optional<Instant> getClosedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<String> getAlertGroupKey() {
    return Optional.ofNullable(alertGroupKey);
  }

  public Optional<String> getOriginTicketNumber() {
    return Optional.ofNullable(originTicketNumber);
  }

  public Optional<String> getProcessInstanceId() {
    return Optional.ofNullable(processInstanceId);
  }
}
