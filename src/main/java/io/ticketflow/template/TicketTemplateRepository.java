package io.ticketflow.template;

import java.util.List;
import org.springframework.data.domain.Sort;

/** Request templates of the portal. */
public interface TicketTemplateRepository extends TemplateRepository<TicketTemplate> {

  List<TicketTemplate> findByActive(boolean active, Sort sort);
}
