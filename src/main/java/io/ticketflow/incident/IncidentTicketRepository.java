package io.ticketflow.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Links between incidents and tickets. */
public interface IncidentTicketRepository extends JpaRepository<IncidentTicket, Long> {

  List<IncidentTicket> findByIncidentIdOrderByLinkedAtAscIdAsc(Long incidentId);

  List<IncidentTicket> findByTicketId(Long ticketId);

  Optional<IncidentTicket> findByIncidentIdAndTicketId(Long incidentId, Long ticketId);
}
