package io.ticketflow.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/tickets/{number}/merge}: the master, and why (for the record). */
public record MergeRequest(
    @NotNull @Pattern(regexp = TicketController.NUMBER_PATTERN) String into,
    @NotBlank @Size(max = 2000) String note) {}
