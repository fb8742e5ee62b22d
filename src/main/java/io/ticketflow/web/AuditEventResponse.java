package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditEvent;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One audit-trail entry as managers see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEventResponse(
    long id,
    OffsetDateTime occurredAt,
    String actor,
    AuditAction action,
    String targetType,
    String targetId,
    String detail,
    String clientAddress) {

  static AuditEventResponse of(AuditEvent e, ZoneId zone) {
    return new AuditEventResponse(
        e.getId(),
        TicketResponse.at(e.getOccurredAt(), zone),
        e.getActor(),
        e.getAction(),
        e.getTargetType(),
        e.getTargetId().orElse(null),
        e.getDetail().orElse(null),
        e.getClientAddress().orElse(null));
  }
}
