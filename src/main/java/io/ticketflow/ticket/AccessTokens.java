package io.ticketflow.ticket;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issues the requester's secret access tokens and checks them against stored hashes.
 *
 * <p>A ticket's token is derived from its number with a secret key (HMAC-SHA256, 256 bits), so that
 * a mail to the requester can carry it when it is sent, long after the ticket was opened, while the
 * database keeps only its hash and the outbox only the link without it. Tokens issued earlier at
 * random keep working: only their hash is ever compared.
 */
@Component
public final class AccessTokens {

  static final int MIN_KEY_LENGTH = 32;
  private static final String ALGORITHM = "HmacSHA256";
  private static final String PURPOSE = "ticketflow access token v1:";
  private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  public AccessTokens(AccessTokenProperties properties) {
    this.key = new SecretKeySpec(keyBytes(properties.key()), ALGORITHM);
  }

  /** A new ticket's token: the raw value goes to the requester, only its hash is stored. */
  public Issued issue(String ticketNumber) {
    String raw = derive(ticketNumber);
    return new Issued(raw, hash(raw));
  }

  /** The token of {@code ticketNumber} under the current key. */
  public String derive(String ticketNumber) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] bytes = mac.doFinal((PURPOSE + ticketNumber).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  /** Constant-time comparison of a presented token with a stored hash. */
  public boolean matches(String presented, String storedHash) {
    if (presented == null || presented.isBlank() || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(presented).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  static String hash(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static byte[] keyBytes(String configured) {
    if (configured == null || configured.isBlank()) {
      LOG.warn(
          "ticketflow.access-tokens.key is not set: using a random key until the next restart."
              + " Mails sent after a restart link to the portal without the requester's token.");
      byte[] random = new byte[MIN_KEY_LENGTH];
      RANDOM.nextBytes(random);
      return random;
    }
    if (configured.length() < MIN_KEY_LENGTH) {
      throw new IllegalStateException(
          "ticketflow.access-tokens.key must have at least " + MIN_KEY_LENGTH + " characters");
    }
    return configured.getBytes(StandardCharsets.UTF_8);
  }

  /** A token as handed out and as stored. */
  public record Issued(String raw, String hash) {}
}
