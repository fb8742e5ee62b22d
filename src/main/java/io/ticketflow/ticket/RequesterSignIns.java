package io.ticketflow.ticket;

import io.ticketflow.notification.NotificationEvent;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.notification.NotificationValues;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requester signs in with a link sent by e-mail and sees all their tickets. The link's mail is
 * queued in the outbox like every other and names no secret there; as it is sent, a secret is
 * minted for it ({@link SignInLinks}), so the link works for {@code link-lifetime} from then on,
 * once. Only addresses that are the requester of some ticket get a mail; the caller's answer is the
 * same either way.
 */
@Service
public class RequesterSignIns {

  private static final Logger LOG = LoggerFactory.getLogger(RequesterSignIns.class);

  private final RequesterSignInRepository signIns;
  private final RequesterSessionRepository tickets;
  private final RequesterSessions sessions;
  private final NotificationService notifications;
  private final SignInLinks links;
  private final SignInProperties properties;
  private final Clock clock;

  public RequesterSignIns(
      RequesterSignInRepository signIns,
      RequesterSessionRepository tickets,
      RequesterSessions sessions,
      NotificationService notifications,
      SignInLinks links,
      SignInProperties properties,
      Clock clock) {
    this.signIns = signIns;
    this.tickets = tickets;
    this.sessions = sessions;
    this.notifications = notifications;
    this.links = links;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Sends a sign-in link to {@code email} when it is the requester address of some ticket.
   *
   * @param language the mail's language (BCP 47), null for the default
   * @return whether a mail was queued (for logs and tests; never shown to the caller)
   */
  @Transactional
  public boolean request(String email, String language) {
    String address = RequesterSessions.normalise(email);
    if (address == null || !tickets.existsTicketOf(address)) {
      LOG.info("Sign-in asked for an address without tickets; no mail sent");
      return false;
    }
    RequesterSignIn signIn = signIns.save(new RequesterSignIn(address, clock.instant()));
    return notifications.notifyRequester(
        SignInLinks.OUTBOX_PREFIX + signIn.getId(),
        NotificationEvent.SIGN_IN_LINK,
        "link",
        address,
        language,
        Map.of(NotificationValues.PORTAL_LINK, links.stored()));
  }

  /**
   * Uses a sign-in link's secret once and opens a session; empty when the secret is unknown, used
   * or expired (all the same to the caller). Of two concurrent uses only one opens a session.
   */
  @Transactional
  public Optional<RequesterSessions.Opened> signIn(String presented) {
    if (presented == null || presented.isBlank()) {
      return Optional.empty();
    }
    String hash = AccessTokens.hash(presented);
    Instant now = clock.instant();
    return signIns
        .findByTokenHash(hash)
        .filter(signIn -> signIns.use(signIn.getId(), hash, now) == 1)
        .map(signIn -> sessions.open(signIn.getEmail()));
  }

  /** All the tickets of the session's address, newest first (at most {@code max-tickets}). */
  @Transactional(readOnly = true)
  public List<Ticket> ticketsOf(RequesterSession session) {
    return tickets.ticketsOf(session.getEmail(), PageRequest.of(0, properties.maxTickets()));
  }
}
