package io.ticketflow.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The requester's answer to "is it solved?"; a "no" needs a comment saying what still fails. */
public record ConfirmationRequest(@NotNull Boolean resolved, @Size(max = 2000) String comment) {}
