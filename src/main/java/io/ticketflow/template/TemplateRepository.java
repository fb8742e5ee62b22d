package io.ticketflow.template;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What every kind of template's repository answers. */
@NoRepositoryBean
public interface TemplateRepository<T extends StoredTemplate> extends JpaRepository<T, Long> {

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
