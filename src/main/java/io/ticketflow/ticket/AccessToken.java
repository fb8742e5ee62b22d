package io.ticketflow.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One access token of a ticket, kept only as the SHA-256 hash of the secret. */
@Entity
@Table(name = "access_token")
public class AccessToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "token_hash", nullable = false, length = 64, unique = true, updatable = false)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private AccessTokenPurpose purpose;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected AccessToken() {}

  AccessToken(Long ticketId, String tokenHash, AccessTokenPurpose purpose, Instant createdAt) {
    this.ticketId = ticketId;
    this.tokenHash = tokenHash;
    this.purpose = purpose;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  String getTokenHash() {
    return tokenHash;
  }

  public AccessTokenPurpose getPurpose() {
    return purpose;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Optional<Instant> getRevokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }
}
