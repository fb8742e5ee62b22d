package io.ticketflow.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.DomainEvents;

/** One entry of an incident's append-only timeline. */
@Entity
@Table(name = "incident_event")
public class IncidentEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private IncidentEventType type;

  @Column(length = 2000, updatable = false)
  private String detail;

  @Column(nullable = false, length = 200, updatable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected IncidentEvent() {}

  IncidentEvent(
      Long incidentId, IncidentEventType type, String detail, String actor, Instant occurredAt) {
    this.incidentId = incidentId;
    this.type = type;
    this.detail = detail;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  public Long getId() {
    return id;
  }

  public Long getIncidentId() {
    return incidentId;
  }

  public IncidentEventType getType() {
    return type;
  }

  public String getDetail() {
    return detail;
  }

  public String getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  /**
   * Published as an application event when the entry is saved, for those who count what happens
   * (the metrics); the entry itself is the event.
   */
  @DomainEvents
  List<IncidentEvent> published() {
    return List.of(this);
  }
}
