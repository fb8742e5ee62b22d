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
import java.util.List;
import org.springframework.data.domain.DomainEvents;

/** One entry of a ticket's append-only history: what happened, who did it, when and why. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private TicketEventType type;

  @Column(name = "from_value", length = 100, updatable = false)
  private String fromValue;

  @Column(name = "to_value", length = 100, updatable = false)
  private String toValue;

  @Column(length = 2000, updatable = false)
  private String detail;

  @Column(nullable = false, length = 200, updatable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected TicketEvent() {}

  TicketEvent(
      Long ticketId,
      TicketEventType type,
      String fromValue,
      String toValue,
      String detail,
      String actor,
      Instant occurredAt) {
    this.ticketId = ticketId;
    this.type = type;
    this.fromValue = fromValue;
    this.toValue = toValue;
    this.detail = detail;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public TicketEventType getType() {
    return type;
  }

  public String getFromValue() {
    return fromValue;
  }

  public String getToValue() {
    return toValue;
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
  List<TicketEvent> published() {
    return List.of(this);
  }
}
