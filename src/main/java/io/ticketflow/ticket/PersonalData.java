package io.ticketflow.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A ticket's personal data unmasked: the requester's contact details and every free text, as
 * stored.
 */
public record PersonalData(
    String number,
    TicketStatus status,
    Requester requester,
    String title,
    String description,
    String resolution,
    String rootCause,
    String workaround,
    String feedbackComment,
    List<Comment> comments) {

  public PersonalData {
    comments = List.copyOf(comments);
  }

  /** One comment as written. */
  public record Comment(
      Long id,
      String author,
      AuthorType authorType,
      Visibility visibility,
      String body,
      Instant createdAt) {}

  static PersonalData of(Ticket ticket, List<TicketComment> comments) {
    return new PersonalData(
        ticket.getNumber(),
        ticket.getStatus(),
        ticket.getRequester(),
        ticket.getTitle(),
        ticket.getDescription(),
        ticket.getResolution().orElse(null),
        ticket.getRootCause().orElse(null),
        ticket.getWorkaround().orElse(null),
        ticket.getFeedbackComment().orElse(null),
        comments.stream()
            .map(
                c ->
                    new Comment(
                        c.getId(),
                        c.getAuthor(),
                        c.getAuthorType(),
                        c.getVisibility(),
                        c.getBody(),
                        c.getCreatedAt()))
            .toList());
  }
}
