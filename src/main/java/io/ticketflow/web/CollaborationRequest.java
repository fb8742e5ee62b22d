package io.ticketflow.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A request for help to another team: whom, and what was asked. */
public record CollaborationRequest(
    @NotBlank @Size(max = 100) String team, @NotBlank @Size(max = 2000) String request) {}
