package io.ticketflow.incident;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IncidentNumberSequenceRepository
    extends JpaRepository<IncidentNumberSequence, LocalDate> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from IncidentNumberSequence s where s.day = :day")
  Optional<IncidentNumberSequence> lockDay(LocalDate day);
}
