package io.ticketflow.ticket;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Tickets by number, by idempotency key, and by filter. */
public interface TicketRepository
    extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

  Optional<Ticket> findByNumber(String number);

  Optional<Ticket> findByIdempotencyKey(String idempotencyKey);
}
