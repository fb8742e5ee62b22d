package io.ticketflow.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** An incident's timeline. */
public interface IncidentEventRepository extends JpaRepository<IncidentEvent, Long> {

  List<IncidentEvent> findByIncidentIdOrderByOccurredAtAscIdAsc(Long incidentId);

  long countByIncidentIdAndType(Long incidentId, IncidentEventType type);
}
