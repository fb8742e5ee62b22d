package io.ticketflow.template;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Canned replies. */
public interface ReplyTemplateRepository
    extends JpaRepository<ReplyTemplate, Long>, JpaSpecificationExecutor<ReplyTemplate> {

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
