package io.ticketflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message for a ticket's requester, kept in the outbox from which channels deliver it. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_number", nullable = false, length = 32, updatable = false)
  private String ticketNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private NotificationEvent event;

  @Column(name = "dedup_key", nullable = false, unique = true, length = 200, updatable = false)
  private String dedupKey;

  @Column(length = 320, updatable = false)
  private String recipient;

  @Column(nullable = false, length = 300, updatable = false)
  private String subject;

  @Column(nullable = false, length = 20000, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Notification() {}

  Notification(
      String ticketNumber,
      NotificationEvent event,
      String dedupKey,
      String recipient,
      String subject,
      String body,
      Instant createdAt) {
    this.ticketNumber = ticketNumber;
    this.event = event;
    this.dedupKey = dedupKey;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getTicketNumber() {
    return ticketNumber;
  }

  public NotificationEvent getEvent() {
    return event;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
