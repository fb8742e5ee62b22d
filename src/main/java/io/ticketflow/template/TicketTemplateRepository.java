package io.ticketflow.template;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/** Request templates of the portal. */
public interface TicketTemplateRepository extends JpaRepository<TicketTemplate, Long> {

  List<TicketTemplate> findByActive(boolean active, Sort sort);

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
