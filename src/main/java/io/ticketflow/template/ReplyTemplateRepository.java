package io.ticketflow.template;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Canned replies. */
public interface ReplyTemplateRepository
    extends TemplateRepository<ReplyTemplate>, JpaSpecificationExecutor<ReplyTemplate> {}
