package io.ticketflow.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Triage suggestions (GET /api/tickets/{number}/triage-suggestion).
 *
 * @param neighbours how many of the most similar resolved tickets vote
 */
@Validated
@ConfigurationProperties("ticketflow.triage")
public record TriageProperties(@Min(1) @Max(100) @DefaultValue("10") int neighbours) {}
