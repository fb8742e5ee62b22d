package io.ticketflow.notification;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The requester's personal portal link, put into a mail only as it is sent: the outbox keeps the
 * link without the requester's secret, so that nobody reading it (staff in the app, the database)
 * learns the secret. Implemented by the ticket store.
 */
public interface RequesterLinks {

  /** No personal links: mails go out as queued. */
  RequesterLinks NONE = (ticketNumber, text) -> Optional.empty();

  /**
   * The ticket's link as the outbox holds it, and the link to send instead; empty when there is
   * nothing to add (unknown ticket, or {@code text} does not carry the ticket's link).
   *
   * @param text the message about to be sent
   */
  Optional<Personal> personal(String ticketNumber, String text);

  /** Whether {@code text} carries {@code link} whole (not as the start of a longer one). */
  static boolean mentions(String text, String link) {
    return text != null && linkPattern(link).matcher(text).find();
  }

  /** {@code link} as a whole word: not followed by what would continue a ticket number. */
  static Pattern linkPattern(String link) {
    return Pattern.compile(Pattern.quote(link) + "(?![\\w-])");
  }

  /**
   * @param stored the link as written into the queued message
   * @param personal the same link carrying what lets the requester in
   */
  record Personal(String stored, String personal) {}
}
