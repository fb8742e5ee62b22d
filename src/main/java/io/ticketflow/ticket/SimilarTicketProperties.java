package io.ticketflow.ticket;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Similar tickets (GET /api/tickets/{number}/similar) and the neighbours that triage suggestions
 * vote with.
 *
 * @param closedWithin resolved and closed tickets are offered as similar this long after
 * @param categoryBoost factor on the score of a ticket of the same category
 * @param subcategoryBoost a further factor when the subcategory is the same too
 * @param maxLimit the most similar tickets one call returns
 * @param sharedTerms the most shared terms shown as the reason of a match
 * @param maxLinks the most open tickets a new ticket is linked to automatically
 */
@Validated
@ConfigurationProperties("ticketflow.similar")
public record SimilarTicketProperties(
    @NotNull @DefaultValue("P30D") Duration closedWithin,
    @DecimalMin("1.0") @DefaultValue("1.3") double categoryBoost,
    @DecimalMin("1.0") @DefaultValue("1.3") double subcategoryBoost,
    @Min(1) @DefaultValue("50") int maxLimit,
    @Min(1) @DefaultValue("8") int sharedTerms,
    @Min(0) @DefaultValue("3") int maxLinks) {}
