package io.ticketflow.web;

import io.ticketflow.ticket.Rating;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The requester's satisfaction rating, with an optional 1–5 score and comment. */
public record FeedbackRequest(
    @NotNull Rating rating, @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {}
