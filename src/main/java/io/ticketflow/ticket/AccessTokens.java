package io.ticketflow.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Issues the requester's secret access tokens (256 random bits) and checks them against stored
 * hashes.
 */
@Component
public class AccessTokens {

  private static final int TOKEN_BYTES = 32;
  private final SecureRandom random = new SecureRandom();

  /** A new token: the raw value goes to the requester once, only its hash is stored. */
  public Issued issue() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(raw, hash(raw));
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

  /** A token as handed out and as stored. */
  public record Issued(String raw, String hash) {}
}
