package io.ticketflow.web;

import io.ticketflow.knowledge.ArticleLinkType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /api/knowledge/{number}/links}. */
public record ArticleLinkRequest(
    @NotNull @Pattern(regexp = TicketController.NUMBER_PATTERN) String ticketNumber,
    @NotNull ArticleLinkType type) {}
