package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ticketflow.intake.mail.QuarantineEntry;
import io.ticketflow.intake.mail.QuarantineReason;
import io.ticketflow.intake.mail.QuarantineStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A mail in quarantine as staff see it: why it was put aside, who sent it, where the original is.
 *
 * @param releasable whether {@code POST …/release} can let it through (it is readable)
 * @param mailboxRef where the original is in the mailbox ({@code folder/uidvalidity/uid})
 * @param size the original's size in bytes
 * @param ticketNumber after a release, the ticket it made or commented on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuarantinedMailResponse(
    long id,
    QuarantineReason reason,
    String detail,
    boolean releasable,
    String sender,
    String subject,
    String messageId,
    String mailboxRef,
    long size,
    OffsetDateTime receivedAt,
    QuarantineStatus status,
    String releasedBy,
    OffsetDateTime releasedAt,
    String ticketNumber) {

  static QuarantinedMailResponse of(QuarantineEntry entry, ZoneId zone) {
    return new QuarantinedMailResponse(
        entry.id(),
        entry.reason(),
        entry.detail(),
        entry.status() == QuarantineStatus.HELD && entry.reason().releasable(),
        entry.sender(),
        entry.subject(),
        entry.messageId(),
        entry.mailboxRef(),
        entry.size(),
        at(entry.receivedAt(), zone),
        entry.status(),
        entry.releasedBy(),
        at(entry.releasedAt(), zone),
        entry.ticketNumber());
  }

  private static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
