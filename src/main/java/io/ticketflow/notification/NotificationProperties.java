package io.ticketflow.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification settings. The SMTP server itself is Spring's {@code spring.mail.*}; without {@code
 * spring.mail.host} no mail is sent and notifications stay pending (and readable in the app).
 *
 * @param from the sender of every mail, optionally with a display name
 * @param defaultLanguage the language of requester mails when the requester's is unknown or has no
 *     wording
 * @param staffLanguage the language of mails to staff
 * @param sweepInterval how often the sweeper looks for notifications no process step delivered
 * @param gracePeriod how long a notification may stay pending before the sweeper delivers it
 * @param claimTimeout how long a claim lasts: a notification still being sent after this is taken
 *     as abandoned (its dispatcher crashed) and sent again; keep it well above the SMTP timeouts
 * @param sweepBatchSize the most notifications one sweep delivers
 */
@Validated
@ConfigurationProperties("ticketflow.notifications")
public record NotificationProperties(
    @NotBlank @DefaultValue("support@ticketflow.example") String from,
    @NotBlank @DefaultValue("en") String defaultLanguage,
    @NotBlank @DefaultValue("en") String staffLanguage,
    @NotNull @DefaultValue("1m") Duration sweepInterval,
    @NotNull @DefaultValue("2m") Duration gracePeriod,
    @NotNull @DefaultValue("5m") Duration claimTimeout,
    @Min(1) @DefaultValue("100") int sweepBatchSize) {

  public NotificationProperties {
    if (from != null && !from.isBlank()) {
      MailHeaders.sender(from);
    }
  }
}
