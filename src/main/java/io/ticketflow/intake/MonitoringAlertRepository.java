package io.ticketflow.intake;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Alert occurrences by fingerprint and start time. */
public interface MonitoringAlertRepository extends JpaRepository<MonitoringAlert, Long> {

  Optional<MonitoringAlert> findByFingerprintAndStartsAt(String fingerprint, Instant startsAt);

  Optional<MonitoringAlert> findFirstByFingerprintAndStatusOrderByStartsAtDesc(
      String fingerprint, AlertStatus status);

  List<MonitoringAlert> findByGroupKeyOrderByIdAsc(String groupKey);

  /**
   * Locks the rows in id order (so that two deliveries never wait on each other crosswise) and
   * reads them as they stand after any concurrent delivery committed.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from MonitoringAlert a where a.id in :ids order by a.id")
  List<MonitoringAlert> lockAll(@Param("ids") Collection<Long> ids);
}
