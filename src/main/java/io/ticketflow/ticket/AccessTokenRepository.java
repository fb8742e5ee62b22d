package io.ticketflow.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The tickets' access tokens (hashes only). */
public interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

  List<AccessToken> findByTicketIdAndRevokedAtIsNull(Long ticketId);

  List<AccessToken> findByTicketIdOrderByIdAsc(Long ticketId);
}
