package io.ticketflow.web;

import io.ticketflow.ticket.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A staff comment: a public reply or an internal note. */
public record CommentRequest(
    @NotBlank @Size(max = 20000) String body, @NotNull Visibility visibility) {}
