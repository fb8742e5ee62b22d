package io.ticketflow.knowledge;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Knowledge base settings.
 *
 * @param categoryBoost factor on the score of a suggestion in the ticket's category
 * @param subcategoryBoost a further factor when the subcategory is the ticket's too
 * @param maxResults most results one search ranks (pages of a search stop there)
 */
@Validated
@ConfigurationProperties("ticketflow.knowledge")
public record KnowledgeProperties(
    @DecimalMin("1.0") @DefaultValue("1.3") double categoryBoost,
    @DecimalMin("1.0") @DefaultValue("1.3") double subcategoryBoost,
    @Min(1) @DefaultValue("500") int maxResults) {}
