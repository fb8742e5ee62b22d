package io.ticketflow.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The append-only event log. */
public interface TicketEventRepository extends JpaRepository<TicketEvent, Long> {

  List<TicketEvent> findByTicketIdOrderByOccurredAtAscIdAsc(Long ticketId);
}
