package io.ticketflow.intake;

import jakarta.validation.constraints.Email;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Alertmanager webhook.
 *
 * @param token the bearer token Alertmanager must send; while unset the webhook refuses every call
 * @param requesterEmail where the requester's notifications of monitoring tickets go (e.g. the
 *     operations team's mailbox); without it they are kept but not sent
 */
@Validated
@ConfigurationProperties("ticketflow.integrations.alertmanager")
public record AlertmanagerProperties(String token, @Email String requesterEmail) {

  /** Whether a token is configured, i.e. the webhook is open for business. */
  public boolean enabled() {
    return token != null && !token.isBlank();
  }

  /** Never shows the token, should the properties be logged. */
  @Override
  public String toString() {
    return "AlertmanagerProperties[token="
        + (enabled() ? "(set)" : "(unset)")
        + ", requesterEmail="
        + requesterEmail
        + "]";
  }
}
