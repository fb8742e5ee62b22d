package io.ticketflow.notification;

import java.util.Optional;

/**
 * The requester's personal portal link, put into a mail only as it is sent: the outbox keeps the
 * link without the requester's secret, so that nobody reading it (staff in the app, the database)
 * learns the secret. Implemented by the ticket store.
 */
public interface RequesterLinks {

  /** No personal links: mails go out as queued. */
  RequesterLinks NONE = ticketNumber -> Optional.empty();

  /**
   * The ticket's link as the outbox holds it, and the link to send instead; empty when there is
   * nothing to add (unknown ticket, or a secret that cannot be given again).
   */
  Optional<Personal> personal(String ticketNumber);

  /**
   * @param stored the link as written into the queued message
   * @param personal the same link carrying what lets the requester in
   */
  record Personal(String stored, String personal) {}
}
