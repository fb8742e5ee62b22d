package io.ticketflow.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One side of a link between two tickets: stored once from each ticket, with the type as that
 * ticket sees the other ({@link LinkType#inverse()} on the other side).
 */
@Entity
@Table(name = "ticket_link")
public class TicketLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "linked_ticket_id", nullable = false, updatable = false)
  private Long linkedTicketId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private LinkType type;

  @Column(name = "created_by", nullable = false, length = 200, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected TicketLink() {}

  TicketLink(Long ticketId, Long linkedTicketId, LinkType type, String createdBy, Instant now) {
    this.ticketId = ticketId;
    this.linkedTicketId = linkedTicketId;
    this.type = type;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Long getLinkedTicketId() {
    return linkedTicketId;
  }

  public LinkType getType() {
    return type;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
