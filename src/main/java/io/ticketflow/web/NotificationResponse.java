package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ticketflow.notification.Audience;
import io.ticketflow.notification.Notification;
import io.ticketflow.notification.NotificationEvent;
import io.ticketflow.notification.NotificationStatus;
import io.ticketflow.ticket.TicketMask;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A notification as staff see it in the app: what was said, to whom, and how its delivery went.
 *
 * @param audienceId the user or group for staff notifications
 * @param recipients the e-mail addresses
 * @param body the plain-text body
 * @param attempts delivery attempts so far
 * @param lastError why the last attempt failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationResponse(
    long id,
    String ticketNumber,
    NotificationEvent event,
    Audience audience,
    String audienceId,
    List<String> recipients,
    String language,
    String subject,
    String body,
    NotificationStatus status,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt) {

  /** The notification, masked as its ticket is (an archived ticket's requester details). */
  static NotificationResponse of(Notification n, ZoneId zone, TicketMask mask) {
    return new NotificationResponse(
        n.getId(),
        n.getTicketNumber(),
        n.getEvent(),
        n.getAudience(),
        n.getAudienceId().orElse(null),
        n.getRecipients().stream().map(mask::recipient).toList(),
        n.getLanguage(),
        mask.text(n.getSubject()),
        mask.text(n.getBody()),
        n.getStatus(),
        n.getAttempts(),
        mask.text(n.getLastError().orElse(null)),
        TicketResponse.at(n.getCreatedAt(), zone),
        TicketResponse.at(n.getSentAt().orElse(null), zone));
  }
}
