package io.ticketflow.intake.mail;

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
 * One mail the intake handled, by its key (Message-ID hash): written in the transaction of the
 * ticket or comment it made, so that a mail fetched again finds it and makes nothing new.
 */
@Entity
@Table(name = "mail_message")
public class ProcessedMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "mail_key", nullable = false, unique = true, length = 64, updatable = false)
  private String key;

  @Column(name = "message_id", length = 1000, updatable = false)
  private String messageId;

  @Column(nullable = false, length = 320, updatable = false)
  private String sender;

  @Column(length = 300, updatable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MailOutcome outcome;

  @Column(name = "ticket_number", length = 32)
  private String ticketNumber;

  @Column(name = "automatic", length = 200, updatable = false)
  private String automatic;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected ProcessedMail() {}

  ProcessedMail(
      String key,
      String messageId,
      String sender,
      String subject,
      String automatic,
      MailOutcome outcome,
      String ticketNumber,
      Instant receivedAt) {
    this.key = key;
    this.messageId = messageId;
    this.sender = MailText.cut(sender, 320);
    this.subject = MailText.cut(subject, 300);
    this.automatic = MailText.cut(automatic, 200);
    this.outcome = outcome;
    this.ticketNumber = ticketNumber;
    this.receivedAt = receivedAt;
  }

  void settle(MailOutcome newOutcome, String number) {
    this.outcome = newOutcome;
    this.ticketNumber = number;
  }

  public String getKey() {
    return key;
  }

  public MailOutcome getOutcome() {
    return outcome;
  }

  public Optional<String> getTicketNumber() {
    return Optional.ofNullable(ticketNumber);
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
