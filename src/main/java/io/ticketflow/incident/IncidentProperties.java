package io.ticketflow.incident;

import io.ticketflow.ticket.Category;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Major-incident targets and triggers.
 *
 * @param acknowledgeTarget the emergency team acknowledges within this, or managers are alerted
 * @param monitoringAcknowledgeTarget the same for incidents raised by monitoring
 * @param fixTarget past this since declaration, the fix is escalated to management
 * @param statusUpdateInterval the affected requesters hear from us this often until it is resolved
 * @param burstThreshold this many tickets of one category and subcategory ...
 * @param burstWindow ... created within this window declare a major incident
 * @param burstCategories the categories where a burst means an outage (a wave of how-to questions
 *     or feature requests does not)
 * @param team the candidate group of the emergency team: paged, and works the incident's tasks
 */
@Validated
@ConfigurationProperties("ticketflow.incidents")
public record IncidentProperties(
    @NotNull @DefaultValue("PT30M") Duration acknowledgeTarget,
    @NotNull @DefaultValue("PT15M") Duration monitoringAcknowledgeTarget,
    @NotNull @DefaultValue("PT4H") Duration fixTarget,
    @NotNull @DefaultValue("PT30M") Duration statusUpdateInterval,
    @Min(2) @DefaultValue("5") int burstThreshold,
    @NotNull @DefaultValue("PT15M") Duration burstWindow,
    @NotNull @DefaultValue({"SYSTEM_FAULT", "ENVIRONMENT_CONFIGURATION"})
        Set<Category> burstCategories,
    @NotBlank @DefaultValue("emergency") String team) {

  /** The acknowledgement target for incidents from {@code source}. */
  public Duration acknowledgeTarget(IncidentSource source) {
    return source == IncidentSource.MONITORING ? monitoringAcknowledgeTarget : acknowledgeTarget;
  }
}
