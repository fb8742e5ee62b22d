package io.ticketflow.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/incidents/{number}/updates}: what requesters hear next. */
public record StatusNoteRequest(@NotBlank @Size(max = 4000) String message) {}
