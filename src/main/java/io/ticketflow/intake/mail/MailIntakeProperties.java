package io.ticketflow.intake.mail;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Properties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The mailbox that requests arrive in, and the rules for turning its mail into tickets. Off while
 * {@code host} is not set.
 *
 * @param host the IMAP server; empty turns e-mail intake off
 * @param port the IMAP port (993 with TLS, 143 without)
 * @param tls IMAP over TLS ({@code imaps}) when true
 * @param username the mailbox's user
 * @param password the mailbox's password
 * @param folder the folder new requests arrive in
 * @param processedFolder when set, handled mail is moved there; otherwise it is marked seen
 * @param polling whether the mailbox is polled on a schedule (the tests poll by hand)
 * @param pollInterval how often the mailbox is polled
 * @param batchSize the most messages one poll handles
 * @param timeout connect and read timeout of the IMAP connection
 * @param maxMessageSize larger messages are quarantined unread (their headers are kept)
 * @param category the category of tickets opened from mail, until triage changes it
 * @param subcategory their subcategory
 * @param urgency their urgency
 * @param reopenWindow a reply this long after its ticket closed opens a ticket of its own; within
 *     it, a follow-up of the closed ticket with the same classification
 * @param senderDailyLimit the most tickets one sender opens by mail in any 24 hours; more mail is
 *     quarantined
 */
@Validated
@ConfigurationProperties("ticketflow.mail-intake")
public record MailIntakeProperties(
    String host,
    @Min(1) @DefaultValue("993") int port,
    @DefaultValue("true") boolean tls,
    String username,
    String password,
    @NotBlank @DefaultValue("INBOX") String folder,
    String processedFolder,
    @DefaultValue("true") boolean polling,
    @NotNull @DefaultValue("1m") Duration pollInterval,
    @Min(1) @DefaultValue("50") int batchSize,
    @NotNull @DefaultValue("30s") Duration timeout,
    @NotNull @DefaultValue("25MB") DataSize maxMessageSize,
    @NotNull @DefaultValue("OPERATION_GUIDANCE") Category category,
    @NotNull @DefaultValue("HOW_TO") Subcategory subcategory,
    @NotNull @DefaultValue("NORMAL") Urgency urgency,
    @NotNull @DefaultValue("7d") Duration reopenWindow,
    @Min(1) @DefaultValue("20") int senderDailyLimit) {

  public MailIntakeProperties {
    if (!subcategory.belongsTo(category)) {
      throw new IllegalArgumentException(
          "ticketflow.mail-intake.subcategory " + subcategory + " is not one of " + category);
    }
  }

  /** True when a mailbox is configured. */
  public boolean enabled() {
    return host != null && !host.isBlank();
  }

  String protocol() {
    return tls ? "imaps" : "imap";
  }

  boolean movesProcessedMail() {
    return processedFolder != null && !processedFolder.isBlank();
  }

  /**
   * The mail session's settings: timeouts, and body fetches that leave the \Seen flag alone, so
   * that a message is marked only after its ticket was saved.
   */
  Properties sessionProperties() {
    Properties session = new Properties();
    String prefix = "mail." + protocol() + ".";
    String millis = String.valueOf(timeout.toMillis());
    session.setProperty(prefix + "connectiontimeout", millis);
    session.setProperty(prefix + "timeout", millis);
    session.setProperty(prefix + "writetimeout", millis);
    session.setProperty(prefix + "peek", "true");
    return session;
  }

  @Override
  public String toString() {
    // never the password
    return protocol() + "://" + username + "@" + host + ":" + port + "/" + folder;
  }
}
