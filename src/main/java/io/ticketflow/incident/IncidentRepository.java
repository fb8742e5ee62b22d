package io.ticketflow.incident;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Incidents by number, by kind and by alert group. */
public interface IncidentRepository extends JpaRepository<Incident, Long> {

  Optional<Incident> findByNumber(String number);

  /**
   * Locks the incident's row until the caller's transaction ends: whoever links tickets to it waits
   * for the others, and then sees their links.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Incident i where i.id = :id")
  Optional<Incident> lockById(@Param("id") Long id);

  List<Incident> findByCategoryAndSubcategoryAndDrillFalseAndStatusInOrderByDeclaredAtAsc(
      Category category, Subcategory subcategory, Collection<IncidentStatus> statuses);

  List<Incident> findByAlertGroupKeyAndDrillFalseAndStatusInOrderByDeclaredAtAsc(
      String alertGroupKey, Collection<IncidentStatus> statuses);

  Page<Incident> findByStatusIn(Collection<IncidentStatus> statuses, Pageable page);
}
