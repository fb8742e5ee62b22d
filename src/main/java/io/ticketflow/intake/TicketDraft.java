package io.ticketflow.intake;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.Requester;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;

/**
 * A request as a channel received it, already checked for form (lengths, required fields, enum
 * values).
 */
public record TicketDraft(
    String title,
    String description,
    Category category,
    Subcategory subcategory,
    Urgency urgency,
    Impact impact,
    Channel channel,
    String requesterName,
    String requesterEmail,
    String requesterPhone,
    String requesterDepartment,
    String requesterEmployeeId,
    String requesterLanguage,
    String createdBy) {

  NewTicket toNewTicket(String scopedKey, String fingerprint) {
    return new NewTicket(
        title.strip(),
        description.strip(),
        category,
        subcategory,
        urgency,
        impact == null ? Impact.INDIVIDUAL : impact,
        channel == null ? Channel.API : channel,
        new Requester(
            requesterName.strip(),
            blankToNull(requesterEmail),
            blankToNull(requesterPhone),
            blankToNull(requesterDepartment),
            blankToNull(requesterEmployeeId)),
        requesterLanguage,
        createdBy,
        scopedKey,
        fingerprint);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
