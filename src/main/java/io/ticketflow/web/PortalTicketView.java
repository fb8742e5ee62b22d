package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ticketflow.ticket.AuthorType;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Rating;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketComment;
import io.ticketflow.ticket.TicketStatus;
import io.ticketflow.ticket.Urgency;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A ticket as its requester sees it: public conversation only, no internal notes, no staff names.
 * {@code accessToken} only in the answer that created the ticket; {@code mergedInto} the ticket it
 * is followed up in, once it was merged into it as a duplicate; the requester's own rating, score
 * and comment are echoed back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PortalTicketView(
    String number,
    String title,
    String description,
    Category category,
    Subcategory subcategory,
    Urgency urgency,
    TicketStatus status,
    String priority,
    OffsetDateTime createdAt,
    OffsetDateTime firstResponseDueAt,
    OffsetDateTime resolutionDueAt,
    OffsetDateTime resolvedAt,
    OffsetDateTime closedAt,
    String resolution,
    String workaround,
    OffsetDateTime expectedResolutionAt,
    boolean awaitingYourReply,
    boolean awaitingYourConfirmation,
    Rating rating,
    Integer score,
    String feedbackComment,
    boolean canRate,
    List<Message> conversation,
    String accessToken,
    String mergedInto) {

  static final String STAFF_LABEL = "Support team";
  static final String REQUESTER_LABEL = "You";

  /** One public message. */
  public record Message(String from, String body, OffsetDateTime at) {}

  static PortalTicketView of(
      Ticket t, List<TicketComment> publicComments, ZoneId zone, String accessToken) {
    return new PortalTicketView(
        t.getNumber(),
        t.getTitle(),
        t.getDescription(),
        t.getCategory(),
        t.getSubcategory(),
        t.getUrgency(),
        t.getStatus(),
        t.getPriority().orElse(null),
        TicketResponse.at(t.getCreatedAt(), zone),
        TicketResponse.at(t.getFirstResponseDueAt().orElse(null), zone),
        TicketResponse.at(t.getResolutionDueAt().orElse(null), zone),
        TicketResponse.at(t.getResolvedAt().orElse(null), zone),
        TicketResponse.at(t.getClosedAt().orElse(null), zone),
        t.getResolution().orElse(null),
        t.getWorkaround().orElse(null),
        TicketResponse.at(t.getExpectedResolutionAt().orElse(null), zone),
        t.getStatus() == TicketStatus.WAITING_CUSTOMER,
        t.getStatus() == TicketStatus.WAITING_CONFIRMATION,
        t.getRating().orElse(null),
        t.getScore().orElse(null),
        t.getFeedbackComment().orElse(null),
        canRate(t),
        publicComments.stream()
            .map(
                c ->
                    new Message(
                        c.getAuthorType() == AuthorType.REQUESTER ? REQUESTER_LABEL : STAFF_LABEL,
                        c.getBody(),
                        TicketResponse.at(c.getCreatedAt(), zone)))
            .toList(),
        accessToken,
        t.getMergedInto().orElse(null));
  }

  /**
   * Whether the requester may still rate: once a solution is given, until they rated, the survey
   * ended unanswered or the ticket was archived.
   */
  static boolean canRate(Ticket t) {
    return t.getRating().isEmpty()
        && t.getSurveyClosedAt().isEmpty()
        && t.getStatus() != TicketStatus.ARCHIVED
        && t.getStatus() != TicketStatus.CANCELLED
        && (t.getResolvedAt().isPresent() || t.getStatus() == TicketStatus.CLOSED);
  }
}
