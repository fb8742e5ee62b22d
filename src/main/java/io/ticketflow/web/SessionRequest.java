package io.ticketflow.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secret of a sign-in link, traded for a requester session. */
public record SessionRequest(@NotBlank @Size(max = 100) String token) {}
