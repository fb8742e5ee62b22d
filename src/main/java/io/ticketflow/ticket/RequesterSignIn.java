package io.ticketflow.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in link asked for; its secret is kept as a hash, minted as the mail goes out. */
@Entity
@Table(name = "requester_sign_in")
public class RequesterSignIn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 320, updatable = false)
  private String email;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "token_hash", length = 64, unique = true)
  private String tokenHash;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RequesterSignIn() {}

  RequesterSignIn(String email, Instant requestedAt) {
    this.email = email;
    this.requestedAt = requestedAt;
  }

  public Long getId() {
    return id;
  }

  String getEmail() {
    return email;
  }

  /** A new secret replaces any earlier one of this link (a mail sent again after a failure). */
  void mint(String hash, Instant expires) {
    this.tokenHash = hash;
    this.expiresAt = expires;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  Instant getUsedAt() {
    return usedAt;
  }
}
