package io.ticketflow.ticket;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed-in requesters. A session's secret is 256 random bits, base64url (43 characters), of which
 * only the SHA-256 hash is stored; it lasts {@code ticketflow.portal.sign-in.session-lifetime} and
 * ends at sign-out. A live session proves the requester of every ticket whose requester e-mail
 * address is the session's, compared normalised ({@link #normalise}).
 */
@Component
public class RequesterSessions {

  private final RequesterSessionRepository sessions;
  private final SignInProperties properties;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public RequesterSessions(
      RequesterSessionRepository sessions, SignInProperties properties, Clock clock) {
    this.sessions = sessions;
    this.properties = properties;
    this.clock = clock;
  }

  /** An e-mail address as compared: trimmed, lower case; null when blank. */
  public static String normalise(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    return email.trim().toLowerCase(Locale.ROOT);
  }

  /** A new random secret, 256 bits, base64url without padding. */
  String secret() {
    byte[] bytes = new byte[AccessTokens.TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Opens a session for {@code email} (normalised); the secret is returned only here. */
  @Transactional
  Opened open(String email) {
    String raw = secret();
    Instant now = clock.instant();
    Instant expires = now.plus(properties.sessionLifetime());
    sessions.save(new RequesterSession(email, AccessTokens.hash(raw), now, expires));
    return new Opened(raw, email, expires);
  }

  /** The live session of {@code presented}, if it is one. */
  @Transactional(readOnly = true)
  public Optional<RequesterSession> live(String presented) {
    if (presented == null || presented.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return sessions
        .findByTokenHash(AccessTokens.hash(presented))
        .filter(session -> session.liveAt(now));
  }

  /** Whether {@code presented} is a live session of the requester of {@code ticket}. */
  @Transactional(readOnly = true)
  public boolean owns(String presented, Ticket ticket) {
    String requester =
        ticket.getRequester() == null ? null : normalise(ticket.getRequester().getEmail());
    return requester != null
        && live(presented).map(s -> s.getEmail().equals(requester)).orElse(false);
  }

  /**
   * Signs out: ends the session of {@code presented}.
   *
   * @return whether a live session was ended
   */
  @Transactional
  public boolean end(String presented) {
    Optional<RequesterSession> session = live(presented);
    session.ifPresent(
        s -> {
          s.end(clock.instant());
          sessions.save(s);
        });
    return session.isPresent();
  }

  /** A session just opened, with its secret. */
  public record Opened(String secret, String email, Instant expiresAt) {
    @Override
    public String toString() {
      return "Opened[email=" + email + ", expiresAt=" + expiresAt + "]";
    }
  }
}
