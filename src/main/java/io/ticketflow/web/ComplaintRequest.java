package io.ticketflow.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A complaint about how a ticket is handled. */
public record ComplaintRequest(@NotBlank @Size(max = 2000) String reason) {}
