package io.ticketflow.intake.mail;

import java.time.Instant;

/** A quarantined mail as the staff listing shows it, without its raw bytes. */
public record QuarantineEntry(
    Long id,
    QuarantineReason reason,
    String detail,
    String sender,
    String subject,
    String messageId,
    String mailboxRef,
    long size,
    Instant receivedAt,
    QuarantineStatus status,
    String releasedBy,
    Instant releasedAt,
    String ticketNumber) {}
