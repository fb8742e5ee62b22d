package io.ticketflow.ticket;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Sign-in links asked for (hashes only). */
public interface RequesterSignInRepository extends JpaRepository<RequesterSignIn, Long> {

  Optional<RequesterSignIn> findByTokenHash(String tokenHash);

  /**
   * Uses the link once: marks it used if it is unused and not expired at {@code now}.
   *
   * @return 1 when this call used it, 0 when it was used, expired or replaced already
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update RequesterSignIn s set s.usedAt = :now where s.id = :id and s.tokenHash = :hash"
          + " and s.usedAt is null and s.expiresAt > :now")
  int use(@Param("id") Long id, @Param("hash") String hash, @Param("now") Instant now);
}
