package io.ticketflow.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The requester's reply through the portal. */
public record ReplyRequest(@NotBlank @Size(max = 20000) String body) {}
