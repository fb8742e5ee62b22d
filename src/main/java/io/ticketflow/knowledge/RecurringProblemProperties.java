package io.ticketflow.knowledge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When resolved tickets count as a recurring problem that deserves an article: at least {@code
 * threshold} tickets of one subcategory, resolved within {@code window}, with similar titles, none
 * of them solved with or captured in an article yet.
 *
 * @param similarity the share of the shorter title's words the other title must contain (overlap
 *     coefficient of their search tokens)
 * @param maxTickets the most recent resolved tickets of the subcategory that are compared
 */
@Validated
@ConfigurationProperties("ticketflow.knowledge.recurring")
public record RecurringProblemProperties(
    @Min(2) @DefaultValue("3") int threshold,
    @NotNull @DurationMin(nanos = 0, inclusive = false) @DefaultValue("P30D") Duration window,
    @DecimalMin("0.1") @DecimalMax("1.0") @DefaultValue("0.6") double similarity,
    @Min(10) @DefaultValue("500") int maxTickets) {}
