package io.ticketflow.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the requester's secret access tokens, checks presented ones and revokes them.
 *
 * <p>A token is 256 random bits from {@link SecureRandom}, base64url without padding (43
 * characters). Only its SHA-256 hash is stored; the secret is shown once, in the answer that opened
 * the ticket or in the portal link of one mail, minted as that mail is sent. A ticket may have
 * several live tokens; a presented token is compared with each of them in constant time.
 */
@Component
public class AccessTokens {

  /** Random bytes per token: 256 bits. */
  static final int TOKEN_BYTES = 32;

  private final AccessTokenRepository repository;
  private final RequesterSessions sessions;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public AccessTokens(AccessTokenRepository repository, RequesterSessions sessions, Clock clock) {
    this.repository = repository;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** A fresh secret and its hash, not stored yet. */
  public Issued issue() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(raw, hash(raw));
  }

  /** Keeps the hash of a token issued for {@code ticket}. */
  @Transactional
  public void store(Ticket ticket, String tokenHash, AccessTokenPurpose purpose) {
    Objects.requireNonNull(ticket.getId(), "the ticket must be saved first");
    repository.save(
        new AccessToken(
            ticket.getId(), Objects.requireNonNull(tokenHash), purpose, clock.instant()));
  }

  /** Issues a new token of {@code ticket} and stores its hash; the secret is returned only here. */
  @Transactional
  public String mint(Ticket ticket, AccessTokenPurpose purpose) {
    Issued issued = issue();
    store(ticket, issued.hash(), purpose);
    return issued.raw();
  }

  /**
   * Whether {@code presented} is one of the ticket's live tokens. Every live token is compared, in
   * constant time, whichever matches. A live session of a signed-in requester ({@link
   * RequesterSessions}) whose address is the ticket's requester's proves access as well.
   */
  @Transactional(readOnly = true)
  public boolean matches(Ticket ticket, String presented) {
    List<AccessToken> live = repository.findByTicketIdAndRevokedAtIsNull(ticket.getId());
    boolean found = false;
    for (AccessToken token : live) {
      found |= matches(presented, token.getTokenHash());
    }
    return found || sessions.owns(presented, ticket);
  }

  /**
   * Revokes every live token of {@code ticket}.
   *
   * @return how many were revoked
   */
  @Transactional
  public int revokeAll(Ticket ticket) {
    List<AccessToken> live = repository.findByTicketIdAndRevokedAtIsNull(ticket.getId());
    live.forEach(token -> token.revoke(clock.instant()));
    repository.saveAll(live);
    return live.size();
  }

  /** Constant-time comparison of a presented token with a stored hash. */
  static boolean matches(String presented, String storedHash) {
    if (presented == null || presented.isBlank() || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(presented).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /** The hex SHA-256 of {@code value}, as stored. */
  static String hash(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** A token as handed out and as stored. */
  public record Issued(String raw, String hash) {
    @Override
    public String toString() {
      return "Issued[hash=" + hash + "]";
    }
  }
}
