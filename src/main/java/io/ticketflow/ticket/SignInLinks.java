package io.ticketflow.ticket;

import io.ticketflow.notification.RequesterLinks;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link of a sign-in mail. The outbox holds it without a secret; as the mail is sent, a fresh
 * secret is minted and put in the fragment ({@code #sign-in=…}, never sent to a server by
 * browsers), valid from then on for the link lifetime, and only its hash is stored.
 */
@Component
public class SignInLinks {

  /** The outbox's "ticket number" of a sign-in mail: this prefix and the link's id. */
  static final String OUTBOX_PREFIX = "SIGN-IN-";

  static final String SIGN_IN_FRAGMENT = "#sign-in=";

  private final RequesterSignInRepository signIns;
  private final RequesterSessions sessions;
  private final SignInProperties properties;
  private final URI portalUrl;
  private final Clock clock;

  public SignInLinks(
      RequesterSignInRepository signIns,
      RequesterSessions sessions,
      SignInProperties properties,
      TicketProperties ticketProperties,
      Clock clock) {
    this.signIns = signIns;
    this.sessions = sessions;
    this.properties = properties;
    this.portalUrl = ticketProperties.portalUrl();
    this.clock = clock;
  }

  /** The link as the outbox and staff see it: the portal's list of one's tickets, no secret. */
  String stored() {
    return portalUrl + "/?my-tickets";
  }

  /** Whether {@code outboxKey} is the outbox's name of a sign-in mail. */
  static boolean isSignIn(String outboxKey) {
    return outboxKey != null && outboxKey.startsWith(OUTBOX_PREFIX);
  }

  /**
   * The personal link of a sign-in mail about to be sent: a fresh secret replaces any earlier one
   * of the same link; empty when {@code outboxKey} names no sign-in link or the text lacks the
   * link.
   */
  @Transactional
  public Optional<RequesterLinks.Personal> personal(String outboxKey, String text) {
    String plain = stored();
    if (!isSignIn(outboxKey) || !RequesterLinks.mentions(text, plain)) {
      return Optional.empty();
    }
    long id;
    try {
      id = Long.parseLong(outboxKey.substring(OUTBOX_PREFIX.length()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return signIns
        .findById(id)
        .map(
            signIn -> {
              String raw = sessions.secret();
              signIn.mint(AccessTokens.hash(raw), clock.instant().plus(properties.linkLifetime()));
              signIns.save(signIn);
              return new RequesterLinks.Personal(plain, plain + SIGN_IN_FRAGMENT + raw);
            });
  }
}
