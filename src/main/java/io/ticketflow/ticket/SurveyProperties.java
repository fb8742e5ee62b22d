package io.ticketflow.ticket;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The satisfaction survey after closing.
 *
 * @param window how long the requester may rate a closed ticket; the survey ends unanswered after
 *     it
 */
@Validated
@ConfigurationProperties("ticketflow.survey")
public record SurveyProperties(@NotNull @DefaultValue("P7D") Duration window) {

  public SurveyProperties {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("ticketflow.survey.window must be positive");
    }
  }
}
