package io.ticketflow.ticket;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TicketNumberSequenceRepository extends JpaRepository<TicketNumberSequence, LocalDate> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from TicketNumberSequence s where s.day = :day")
  Optional<TicketNumberSequence> lockDay(LocalDate day);
}
