package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ticketflow.ticket.PersonalData;
import io.ticketflow.ticket.TicketStatus;
import java.time.ZoneId;
import java.util.List;

/** A ticket's personal data unmasked, for the few allowed to read it; every read is audited. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonalDataResponse(
    String number,
    TicketStatus status,
    TicketResponse.RequesterView requester,
    String title,
    String description,
    String resolution,
    String rootCause,
    String workaround,
    String feedbackComment,
    List<TicketResponse.CommentView> comments) {

  static PersonalDataResponse of(PersonalData data, ZoneId zone) {
    return new PersonalDataResponse(
        data.number(),
        data.status(),
        TicketResponse.RequesterView.of(data.requester()),
        data.title(),
        data.description(),
        data.resolution(),
        data.rootCause(),
        data.workaround(),
        data.feedbackComment(),
        data.comments().stream()
            .map(
                c ->
                    new TicketResponse.CommentView(
                        c.id(),
                        c.body(),
                        c.visibility(),
                        c.author(),
                        c.authorType().name(),
                        TicketResponse.at(c.createdAt(), zone),
                        null))
            .toList());
  }
}
