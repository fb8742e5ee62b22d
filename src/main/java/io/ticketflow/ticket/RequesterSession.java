package io.ticketflow.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in requester: the tickets of one e-mail address, for a limited time. */
@Entity
@Table(name = "requester_session")
public class RequesterSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 320, updatable = false)
  private String email;

  @Column(name = "token_hash", nullable = false, length = 64, unique = true, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected RequesterSession() {}

  RequesterSession(String email, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.email = email;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** The normalised e-mail address signed in. */
  public String getEmail() {
    return email;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  boolean liveAt(Instant now) {
    return endedAt == null && now.isBefore(expiresAt);
  }

  void end(Instant at) {
    if (endedAt == null) {
      endedAt = at;
    }
  }
}
