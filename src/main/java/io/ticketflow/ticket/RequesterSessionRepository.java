package io.ticketflow.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Signed-in requesters (hashes only), and the tickets of a requester's address. */
public interface RequesterSessionRepository extends JpaRepository<RequesterSession, Long> {

  Optional<RequesterSession> findByTokenHash(String tokenHash);

  /** The tickets whose requester address is {@code email} (normalised), newest first. */
  @Query(
      "select t from Ticket t where lower(t.requester.email) = :email"
          + " order by t.createdAt desc, t.id desc")
  List<Ticket> ticketsOf(@Param("email") String email, Pageable page);

  /** Whether some ticket's requester address is {@code email} (normalised). */
  @Query("select count(t) > 0 from Ticket t where lower(t.requester.email) = :email")
  boolean existsTicketOf(@Param("email") String email);
}
