package io.ticketflow.incident;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Incidents by number, by kind and by alert group. */
public interface IncidentRepository extends JpaRepository<Incident, Long> {

  Optional<Incident> findByNumber(String number);

  List<Incident> findByCategoryAndSubcategoryAndDrillFalseAndStatusInOrderByDeclaredAtAsc(
      Category category, Subcategory subcategory, Collection<IncidentStatus> statuses);

  List<Incident> findByAlertGroupKeyAndDrillFalseAndStatusInOrderByDeclaredAtAsc(
      String alertGroupKey, Collection<IncidentStatus> statuses);

  Page<Incident> findByStatusIn(Collection<IncidentStatus> statuses, Pageable page);
}
