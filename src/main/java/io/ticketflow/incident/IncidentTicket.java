package io.ticketflow.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A ticket linked to a major incident: its requester is one of the affected. */
@Entity
@Table(name = "incident_ticket")
public class IncidentTicket {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "linked_by", nullable = false, length = 200, updatable = false)
  private String linkedBy;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private Instant linkedAt;

  protected IncidentTicket() {}

  IncidentTicket(Long incidentId, Long ticketId, String linkedBy, Instant linkedAt) {
    this.incidentId = incidentId;
    this.ticketId = ticketId;
    this.linkedBy = linkedBy;
    this.linkedAt = linkedAt;
  }

  public Long getIncidentId() {
    return incidentId;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public String getLinkedBy() {
    return linkedBy;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }
}
