package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.LinkType;
import io.ticketflow.ticket.LinkedTicket;
import io.ticketflow.ticket.Rating;
import io.ticketflow.ticket.Requester;
import io.ticketflow.ticket.ResolutionTargetMetBy;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketComment;
import io.ticketflow.ticket.TicketEvent;
import io.ticketflow.ticket.TicketMask;
import io.ticketflow.ticket.TicketStatus;
import io.ticketflow.ticket.Urgency;
import io.ticketflow.ticket.Visibility;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A ticket as staff see it. {@code accessToken} only in the answer that created it; comments and
 * events only for one ticket. An archived ticket is shown with its personal data masked, to
 * everyone (see {@link TicketMask}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketResponse(
    String number,
    String title,
    String description,
    Category category,
    Subcategory subcategory,
    Urgency urgency,
    Impact impact,
    Channel channel,
    TicketStatus status,
    String priority,
    Integer tier,
    String candidateGroup,
    String assignee,
    RequesterView requester,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime firstResponseDueAt,
    OffsetDateTime resolutionDueAt,
    OffsetDateTime firstRespondedAt,
    OffsetDateTime responseSlaBreachedAt,
    OffsetDateTime resolutionSlaBreachedAt,
    OffsetDateTime resolvedAt,
    OffsetDateTime resolutionTargetMetAt,
    ResolutionTargetMetBy resolutionTargetMetBy,
    OffsetDateTime closedAt,
    OffsetDateTime archivedAt,
    String slaCalendar,
    OffsetDateTime slaPausedSince,
    long slaPausedMinutes,
    OffsetDateTime expectedResolutionAt,
    int complaintCount,
    String resolution,
    String rootCause,
    String workaround,
    int reopenCount,
    Rating rating,
    Integer score,
    String feedbackComment,
    OffsetDateTime ratedAt,
    OffsetDateTime surveyClosedAt,
    String processInstanceId,
    String accessToken,
    List<CommentView> comments,
    List<EventView> events,
    String mergedInto,
    List<String> mergedTickets,
    List<LinkView> links) {

  /** Requester details. */
  public record RequesterView(
      String name, String email, String phone, String department, String employeeId) {
    static RequesterView of(Requester r) {
      return new RequesterView(
          r.getName(), r.getEmail(), r.getPhone(), r.getDepartment(), r.getEmployeeId());
    }
  }

  /**
   * One comment; {@code mergedFrom} names the duplicate it was written on, when that duplicate was
   * merged into the ticket shown.
   */
  public record CommentView(
      Long id,
      String body,
      Visibility visibility,
      String author,
      String authorType,
      OffsetDateTime createdAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) String mergedFrom) {
    static CommentView of(TicketComment c, ZoneId zone) {
      return of(c, zone, TicketMask.none(), null);
    }

    static CommentView of(TicketComment c, ZoneId zone, TicketMask mask, String mergedFrom) {
      return new CommentView(
          c.getId(),
          mask.text(c.getBody()),
          c.getVisibility(),
          mask.author(c.getAuthorType(), c.getAuthor()),
          c.getAuthorType().name(),
          at(c.getCreatedAt(), zone),
          mergedFrom);
    }
  }

  /**
   * A linked ticket: what it is to this one ({@code PARENT}: the linked ticket is this one's
   * parent), its number, title and status.
   */
  public record LinkView(
      LinkType type,
      String number,
      String title,
      TicketStatus status,
      String createdBy,
      OffsetDateTime createdAt) {
    static LinkView of(LinkedTicket linked, ZoneId zone) {
      Ticket t = linked.ticket();
      return new LinkView(
          linked.link().getType(),
          t.getNumber(),
          TicketMask.forStaff(t).text(t.getTitle()),
          t.getStatus(),
          linked.link().getCreatedBy(),
          at(linked.link().getCreatedAt(), zone));
    }
  }

  /** One event-log entry. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EventView(
      String type, String from, String to, String detail, String actor, OffsetDateTime at) {
    static EventView of(TicketEvent e, ZoneId zone) {
      return of(e, zone, TicketMask.none());
    }

    static EventView of(TicketEvent e, ZoneId zone, TicketMask mask) {
      return new EventView(
          e.getType().name(),
          e.getFromValue(),
          e.getToValue(),
          mask.text(e.getDetail()),
          mask.text(e.getActor()),
          TicketResponse.at(e.getOccurredAt(), zone));
    }
  }

  static TicketResponse summary(Ticket t, ZoneId zone) {
    return of(t, zone, null, null, null);
  }

  static TicketResponse of(
      Ticket t,
      ZoneId zone,
      String accessToken,
      List<TicketComment> comments,
      List<TicketEvent> events) {
    return of(t, zone, accessToken, comments, events, Related.NONE);
  }

  /**
   * What one ticket is shown with besides its own record: the duplicates merged into it (their
   * comments are among the ticket's, by their ticket id) and its links.
   */
  record Related(Map<Long, String> duplicates, List<LinkedTicket> links) {
    static final Related NONE = new Related(Map.of(), null);
  }

  static TicketResponse of(
      Ticket t,
      ZoneId zone,
      String accessToken,
      List<TicketComment> comments,
      List<TicketEvent> events,
      Related related) {
    TicketMask mask = TicketMask.forStaff(t);
    return new TicketResponse(
        t.getNumber(),
        mask.text(t.getTitle()),
        mask.text(t.getDescription()),
        t.getCategory(),
        t.getSubcategory(),
        t.getUrgency(),
        t.getImpact(),
        t.getChannel(),
        t.getStatus(),
        t.getPriority().orElse(null),
        t.getTier().orElse(null),
        t.getCandidateGroup().orElse(null),
        t.getAssignee().orElse(null),
        RequesterView.of(mask.requester()),
        at(t.getCreatedAt(), zone),
        at(t.getUpdatedAt(), zone),
        at(t.getFirstResponseDueAt().orElse(null), zone),
        at(t.getResolutionDueAt().orElse(null), zone),
        at(t.getFirstRespondedAt().orElse(null), zone),
        at(t.getResponseBreachedAt().orElse(null), zone),
        at(t.getResolutionBreachedAt().orElse(null), zone),
        at(t.getResolvedAt().orElse(null), zone),
        at(t.getResolutionTargetMetAt().orElse(null), zone),
        t.getResolutionTargetMetBy().orElse(null),
        at(t.getClosedAt().orElse(null), zone),
        at(t.getArchivedAt().orElse(null), zone),
        t.getSlaCalendar().orElse(null),
        at(t.getPausedSince().orElse(null), zone),
        t.getPausedTime().toMinutes(),
        at(t.getExpectedResolutionAt().orElse(null), zone),
        t.getComplaintCount(),
        mask.text(t.getResolution().orElse(null)),
        mask.text(t.getRootCause().orElse(null)),
        mask.text(t.getWorkaround().orElse(null)),
        t.getReopenCount(),
        t.getRating().orElse(null),
        t.getScore().orElse(null),
        mask.text(t.getFeedbackComment().orElse(null)),
        at(t.getRatedAt().orElse(null), zone),
        at(t.getSurveyClosedAt().orElse(null), zone),
        t.getProcessInstanceId().orElse(null),
        accessToken,
        comments == null
            ? null
            : comments.stream()
                .map(c -> CommentView.of(c, zone, mask, related.duplicates().get(c.getTicketId())))
                .toList(),
        events == null ? null : events.stream().map(e -> EventView.of(e, zone, mask)).toList(),
        t.getMergedInto().orElse(null),
        related.links() == null ? null : List.copyOf(related.duplicates().values()),
        related.links() == null
            ? null
            : related.links().stream().map(l -> LinkView.of(l, zone)).toList());
  }

  static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null
        ? null
        : instant.truncatedTo(ChronoUnit.MILLIS).atZone(zone).toOffsetDateTime();
  }
}
