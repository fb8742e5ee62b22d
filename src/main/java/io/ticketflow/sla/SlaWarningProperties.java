package io.ticketflow.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an SLA warns before it is breached.
 *
 * @param warningFraction the share of a target's working time after which the warning is due,
 *     between 0 and 1 (both excluded)
 */
@ConfigurationProperties("ticketflow.sla")
public record SlaWarningProperties(
    @DefaultValue(SlaWarningProperties.DEFAULT_WARNING_FRACTION) double warningFraction) {

  static final String DEFAULT_WARNING_FRACTION = "0.8";

  public SlaWarningProperties {
    requireFraction(warningFraction, "ticketflow.sla.warning-fraction");
  }

  /** The shipped setting: warn when 80 % of the target has passed. */
  public static SlaWarningProperties defaults() {
    return new SlaWarningProperties(Double.parseDouble(DEFAULT_WARNING_FRACTION));
  }

  static void requireFraction(double fraction, String what) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          what + " must be between 0 and 1 (both excluded), not " + fraction);
    }
  }
}
