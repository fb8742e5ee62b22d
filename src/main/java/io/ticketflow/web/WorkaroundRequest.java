package io.ticketflow.web;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A temporary workaround for the requester and when the real fix is expected. */
public record WorkaroundRequest(
    @NotBlank @Size(max = 4000) String workaround,
    @NotNull @Future OffsetDateTime expectedResolutionAt) {}
