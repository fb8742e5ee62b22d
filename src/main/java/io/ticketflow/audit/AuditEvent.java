package io.ticketflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the audit trail: who did what to which record, when, and from where. Never edited.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 200, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private AuditAction action;

  @Column(name = "target_type", nullable = false, length = 40, updatable = false)
  private String targetType;

  @Column(name = "target_id", length = 200, updatable = false)
  private String targetId;

  @Column(length = 2000, updatable = false)
  private String detail;

  @Column(name = "client_address", length = 64, updatable = false)
  private String clientAddress;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String actor,
      AuditAction action,
      String targetType,
      String targetId,
      String detail,
      String clientAddress) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.detail = detail;
    this.clientAddress = clientAddress;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public Optional<String> getTargetId() {
    return Optional.ofNullable(targetId);
  }

  public Optional<String> getDetail() {
    return Optional.ofNullable(detail);
  }

  public Optional<String> getClientAddress() {
    return Optional.ofNullable(clientAddress);
  }
}
