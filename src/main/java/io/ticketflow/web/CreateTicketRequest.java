package io.ticketflow.web;

import io.ticketflow.intake.TicketDraft;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/tickets} and {@code POST /api/portal/tickets}. */
public record CreateTicketRequest(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 20000) String description,
    @NotNull Category category,
    @NotNull Subcategory subcategory,
    @NotNull Urgency urgency,
    Impact impact,
    Channel channel,
    @NotNull @Valid RequesterRequest requester) {

  TicketDraft toDraft(Channel effectiveChannel, String createdBy) {
    return new TicketDraft(
        title,
        description,
        category,
        subcategory,
        urgency,
        impact,
        effectiveChannel,
        requester.name(),
        requester.email(),
        requester.phone(),
        requester.department(),
        requester.employeeId(),
        requester.language(),
        createdBy);
  }
}
