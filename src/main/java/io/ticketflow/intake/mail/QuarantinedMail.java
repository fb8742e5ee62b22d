package io.ticketflow.intake.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A mail put aside for an agent, with its raw bytes (for a message too large to read, its headers
 * and where it is in the mailbox), the reason and when it came. Never deleted by the application.
 */
@Entity
@Table(name = "mail_quarantine")
public class QuarantinedMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "mail_key", nullable = false, length = 64, updatable = false)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private QuarantineReason reason;

  @Column(length = 1000, updatable = false)
  private String detail;

  @Column(length = 320, updatable = false)
  private String sender;

  @Column(length = 300, updatable = false)
  private String subject;

  @Column(name = "message_id", length = 1000, updatable = false)
  private String messageId;

  @Column(name = "mailbox_ref", length = 500, updatable = false)
  private String mailboxRef;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "raw_content", updatable = false)
  private byte[] raw;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private QuarantineStatus status;

  @Column(name = "released_by", length = 64)
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "ticket_number", length = 32)
  private String ticketNumber;

  protected QuarantinedMail() {}

  QuarantinedMail(
      String key,
      QuarantineReason reason,
      String detail,
      String sender,
      String subject,
      String messageId,
      String mailboxRef,
      long size,
      byte[] raw,
      Instant receivedAt) {
    this.key = key;
    this.reason = reason;
    this.detail = MailText.cut(detail, 1000);
    this.sender = MailText.cut(sender, 320);
    this.subject = MailText.cut(subject, 300);
    this.messageId = MailText.cut(messageId, 1000);
    this.mailboxRef = MailText.cut(mailboxRef, 500);
    this.size = size;
    this.raw = raw;
    this.receivedAt = receivedAt;
    this.status = QuarantineStatus.HELD;
  }

  void release(String actor, String number, Instant at) {
    this.status = QuarantineStatus.RELEASED;
    this.releasedBy = actor;
    this.ticketNumber = number;
    this.releasedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public QuarantineReason getReason() {
    return reason;
  }

  public String getDetail() {
    return detail;
  }

  public Optional<String> getSender() {
    return Optional.ofNullable(sender);
  }

  public Optional<String> getSubject() {
    return Optional.ofNullable(subject);
  }

  public Optional<String> getMessageId() {
    return Optional.ofNullable(messageId);
  }

  /** Where the original is in the mailbox ({@code folder/uid}), when known. */
  public Optional<String> getMailboxRef() {
    return Optional.ofNullable(mailboxRef);
  }

  /** The size of the whole original message in bytes. */
  public long getSize() {
    return size;
  }

  /** The raw message as kept: all of it, or its headers only when it was too large. */
  public byte[] getRaw() {
    return raw;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public QuarantineStatus getStatus() {
    return status;
  }

  public Optional<String> getReleasedBy() {
    return Optional.ofNullable(releasedBy);
  }

  public Optional<Instant> getReleasedAt() {
    return Optional.ofNullable(releasedAt);
  }

  public Optional<String> getTicketNumber() {
    return Optional.ofNullable(ticketNumber);
  }
}
