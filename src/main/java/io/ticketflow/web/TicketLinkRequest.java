package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.ticketflow.ticket.LinkType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /api/tickets/{number}/links}: the other ticket ({@code ticketNumber}, or
 * {@code number}), and what it is to this one ({@code PARENT}: the other is this one's parent).
 */
public record TicketLinkRequest(
    @NotNull LinkType type,
    @NotNull @Pattern(regexp = TicketController.NUMBER_PATTERN) @JsonAlias("number")
        String ticketNumber) {}
