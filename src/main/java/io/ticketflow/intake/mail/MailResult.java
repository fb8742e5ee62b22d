package io.ticketflow.intake.mail;

/**
 * What the intake did with one mail.
 *
 * @param ticketNumber the ticket it opened or commented on, or null
 * @param quarantineId the quarantine entry it made, or null
 */
public record MailResult(MailOutcome outcome, String ticketNumber, Long quarantineId) {

  static MailResult of(MailOutcome outcome, String ticketNumber) {
    return new MailResult(outcome, ticketNumber, null);
  }
}
