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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A message about a ticket, kept in the outbox: written with the business change that caused it,
 * readable in the app, and delivered by e-mail from there. Its delivery state changes only through
 * {@link NotificationRepository}'s conditional updates.
 */
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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Audience audience;

  @Column(name = "audience_id", length = 64, updatable = false)
  private String audienceId;

  @Column(length = 4000, updatable = false)
  private String recipient;

  @Column(nullable = false, length = 35, updatable = false)
  private String language;

  @Column(nullable = false, length = 300, updatable = false)
  private String subject;

  @Column(nullable = false, length = 20000, updatable = false)
  private String body;

  @Column(name = "body_html", length = 100000, updatable = false)
  private String bodyHtml;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NotificationStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "claim_token", length = 36)
  private String claimToken;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** The requester's Message-ID this message answers, for mails that continue their thread. */
  @Column(name = "in_reply_to", length = 1000, updatable = false)
  private String inReplyTo;

  protected Notification() {}

  Notification(
      String ticketNumber,
      NotificationEvent event,
      String dedupKey,
      Audience audience,
      String audienceId,
      String recipient,
      NotificationTemplates.Message message,
      Instant createdAt) {
    this.ticketNumber = ticketNumber;
    this.event = event;
    this.dedupKey = dedupKey;
    this.audience = audience;
    this.audienceId = audienceId;
    this.recipient = recipient;
    this.language = message.language();
    this.subject = message.subject();
    this.body = message.text();
    this.bodyHtml = message.html();
    this.createdAt = createdAt;
    this.status = NotificationStatus.PENDING;
  }

  /**
   * A copy to send, not to store, in which {@code stored} is replaced with {@code personal} in the
   * text and HTML bodies.
   */
  Notification withLink(RequesterLinks.Personal link) {
    Notification copy = new Notification();
    copy.id = id;
    copy.ticketNumber = ticketNumber;
    copy.event = event;
    copy.dedupKey = dedupKey;
    copy.audience = audience;
    copy.audienceId = audienceId;
    copy.recipient = recipient;
    copy.language = language;
    copy.subject = subject;
    copy.body = replaceLink(body, link.stored(), link.personal());
    copy.bodyHtml =
        bodyHtml == null
            ? null
            : replaceLink(
                bodyHtml, Texts.escapeHtml(link.stored()), Texts.escapeHtml(link.personal()));
    copy.createdAt = createdAt;
    copy.status = status;
    copy.attempts = attempts;
    copy.lastError = lastError;
    copy.claimToken = claimToken;
    copy.claimedAt = claimedAt;
    copy.sentAt = sentAt;
    copy.inReplyTo = inReplyTo;
    return copy;
  }

  /** Replaces whole occurrences of the link only, not a link that merely begins with it. */
  private static String replaceLink(String text, String link, String replacement) {
    return RequesterLinks.linkPattern(link)
        .matcher(text)
        .replaceAll(Matcher.quoteReplacement(replacement));
  }

  void answer(String messageId) {
    this.inReplyTo = messageId;
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

  public Audience getAudience() {
    return audience;
  }

  /** The user or group id for staff notifications; empty for the requester. */
  public Optional<String> getAudienceId() {
    return Optional.ofNullable(audienceId);
  }

  /** The stored recipient text: one address, or several separated by {@code ", "}; may be null. */
  public String getRecipient() {
    return recipient;
  }

  /** The recipients' addresses, as stored. */
  public List<String> getRecipients() {
    return MailHeaders.split(recipient);
  }

  /** The language the message is written in (a BCP 47 tag). */
  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  /** The plain-text body. */
  public String getBody() {
    return body;
  }

  /** The HTML body; empty for notifications queued before HTML bodies existed. */
  public Optional<String> getBodyHtml() {
    return Optional.ofNullable(bodyHtml);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public NotificationStatus getStatus() {
    return status;
  }

  /** How many times delivery was tried to the end (sent, failed, or put back after an error). */
  public int getAttempts() {
    return attempts;
  }

  public Optional<String> getLastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<Instant> getSentAt() {
    return Optional.ofNullable(sentAt);
  }

  /** The Message-ID of the requester's mail this message answers, if any. */
  public Optional<String> getInReplyTo() {
    return Optional.ofNullable(inReplyTo);
  }

  Optional<Instant> getClaimedAt() {
    return Optional.ofNullable(claimedAt);
  }
}
