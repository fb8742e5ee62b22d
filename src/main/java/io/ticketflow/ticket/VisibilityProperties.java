package io.ticketflow.ticket;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who sees which tickets.
 *
 * @param overseers the Camunda groups whose members see every ticket and every internal note; the
 *     members of other groups see the tickets of their own groups
 */
@Validated
@ConfigurationProperties("ticketflow.visibility")
public record VisibilityProperties(
    @NotEmpty @DefaultValue({"managers", "emergency", "camunda-admin"}) Set<String> overseers) {

  public VisibilityProperties {
    overseers = Set.copyOf(overseers);
  }
}
