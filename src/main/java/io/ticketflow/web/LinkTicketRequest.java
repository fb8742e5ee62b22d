package io.ticketflow.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /api/incidents/{number}/links}. */
public record LinkTicketRequest(
    @NotNull @Pattern(regexp = TicketController.NUMBER_PATTERN) String ticketNumber) {}
