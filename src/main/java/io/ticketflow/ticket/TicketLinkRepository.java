package io.ticketflow.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The links between tickets, one row per side. */
public interface TicketLinkRepository extends JpaRepository<TicketLink, Long> {

  List<TicketLink> findByTicketIdOrderByIdAsc(Long ticketId);

  List<TicketLink> findByTicketIdAndType(Long ticketId, LinkType type);

  Optional<TicketLink> findByTicketIdAndLinkedTicketId(Long ticketId, Long linkedTicketId);
}
