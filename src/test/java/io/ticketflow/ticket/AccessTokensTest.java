package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The requester's access tokens: random, stored as hashes only, matched and revoked. */
class AccessTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

  private final AccessTokenRepository repository = mock(AccessTokenRepository.class);
  private final List<AccessToken> stored = new ArrayList<>();
  private final Ticket ticket = mock(Ticket.class);
  private final Ticket other = mock(Ticket.class);
  private final AccessTokens tokens =
      new AccessTokens(repository, mock(RequesterSessions.class), Clock.fixed(NOW, ZoneOffset.UTC));

  @BeforeEach
  void setUp() {
    when(ticket.getId()).thenReturn(1L);
    when(other.getId()).thenReturn(2L);
    when(repository.save(any(AccessToken.class)))
        .thenAnswer(
            inv -> {
              stored.add(inv.getArgument(0));
              return inv.getArgument(0);
            });
    when(repository.findByTicketIdAndRevokedAtIsNull(any()))
        .thenAnswer(
            inv ->
                stored.stream()
                    .filter(t -> t.getTicketId().equals(inv.getArgument(0)))
                    .filter(t -> t.getRevokedAt().isEmpty())
                    .toList());
  }

  @Test
  void tokensCarry256RandomBitsInBase64Url() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String raw = tokens.issue().raw();
      assertThat(raw).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(Base64.getUrlDecoder().decode(raw)).hasSize(AccessTokens.TOKEN_BYTES);
      seen.add(raw);
    }
    assertThat(seen).hasSize(1000);
    assertThat(AccessTokens.TOKEN_BYTES * 8).isGreaterThanOrEqualTo(128);
  }

  @Test
  void tokensAreNotDerivedFromAnything() {
    // every bit position takes both values across tokens: no fixed part, no ticket number inside
    int ones = 0;
    int tokensDrawn = 200;
    int[] bitOnes = new int[AccessTokens.TOKEN_BYTES * 8];
    for (int i = 0; i < tokensDrawn; i++) {
      byte[] bytes = Base64.getUrlDecoder().decode(tokens.issue().raw());
      for (int bit = 0; bit < bitOnes.length; bit++) {
        if ((bytes[bit / 8] >> (bit % 8) & 1) == 1) {
          bitOnes[bit]++;
          ones++;
        }
      }
    }
    for (int count : bitOnes) {
      assertThat(count).isBetween(1, tokensDrawn - 1);
    }
    double share = (double) ones / (tokensDrawn * bitOnes.length);
    assertThat(share).isBetween(0.45, 0.55);
  }

  @Test
  void onlyTheHashIsStored() {
    String raw = tokens.mint(ticket, AccessTokenPurpose.MAIL);

    ArgumentCaptor<AccessToken> saved = ArgumentCaptor.forClass(AccessToken.class);
    verify(repository).save(saved.capture());
    AccessToken token = saved.getValue();
    assertThat(token.getTokenHash()).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(raw);
    assertThat(token.getTokenHash()).isEqualTo(AccessTokens.hash(raw));
    assertThat(token.getTokenHash()).doesNotContain(raw);
    assertThat(token.getTicketId()).isEqualTo(1L);
    assertThat(token.getPurpose()).isEqualTo(AccessTokenPurpose.MAIL);
    assertThat(token.getCreatedAt()).isEqualTo(NOW);
    assertThat(token.getRevokedAt()).isEmpty();
  }

  @Test
  void aTokenOpensOnlyItsOwnTicket() {
    String first = tokens.mint(ticket, AccessTokenPurpose.SUBMISSION);
    String second = tokens.mint(ticket, AccessTokenPurpose.MAIL);
    String foreign = tokens.mint(other, AccessTokenPurpose.SUBMISSION);

    assertThat(tokens.matches(ticket, first)).isTrue();
    assertThat(tokens.matches(ticket, second)).isTrue();
    assertThat(tokens.matches(ticket, foreign)).isFalse();
    assertThat(tokens.matches(other, first)).isFalse();
    assertThat(tokens.matches(ticket, first + "x")).isFalse();
    assertThat(tokens.matches(ticket, first.substring(1))).isFalse();
    assertThat(tokens.matches(ticket, AccessTokens.hash(first))).isFalse();
    assertThat(tokens.matches(ticket, null)).isFalse();
    assertThat(tokens.matches(ticket, " ")).isFalse();
  }

  @Test
  void comparisonIsOfFixedLengthHashes() {
    String raw = tokens.issue().raw();
    String hash = AccessTokens.hash(raw);
    // what is compared is always the 64-character hash, whatever was presented, so the time
    // MessageDigest.isEqual takes does not depend on how much of the secret was guessed
    assertThat(AccessTokens.hash("a")).hasSameSizeAs(hash);
    assertThat(AccessTokens.hash("a".repeat(10_000))).hasSameSizeAs(hash);
    assertThat(AccessTokens.matches(raw, hash)).isTrue();
    assertThat(AccessTokens.matches(raw.substring(0, 42) + "A", hash)).isEqualTo(raw.endsWith("A"));
    assertThat(AccessTokens.matches(raw, null)).isFalse();
  }

  @Test
  void revokingEndsEveryLiveTokenOfTheTicketOnly() {
    String first = tokens.mint(ticket, AccessTokenPurpose.SUBMISSION);
    String second = tokens.mint(ticket, AccessTokenPurpose.MAIL);
    String foreign = tokens.mint(other, AccessTokenPurpose.SUBMISSION);

    assertThat(tokens.revokeAll(ticket)).isEqualTo(2);

    assertThat(tokens.matches(ticket, first)).isFalse();
    assertThat(tokens.matches(ticket, second)).isFalse();
    assertThat(tokens.matches(other, foreign)).isTrue();
    assertThat(stored.get(0).getRevokedAt()).contains(NOW);
    assertThat(tokens.revokeAll(ticket)).isZero();

    String fresh = tokens.mint(ticket, AccessTokenPurpose.MAIL);
    assertThat(tokens.matches(ticket, fresh)).isTrue();
  }

  @Test
  void theSecretNeverShowsInLogs() {
    AccessTokens.Issued issued = tokens.issue();
    assertThat(issued.toString()).doesNotContain(issued.raw()).contains(issued.hash());
  }
}
