package io.ticketflow.ticket;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Spring Data's implementation of the {@link TicketLocks} fragment. */
class TicketLocksImpl implements TicketLocks {

  private final EntityManager entityManager;

  TicketLocksImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<Ticket> lockByNumber(String number) {
    List<Ticket> found =
        entityManager
            .createQuery("select t from Ticket t where t.number = :number", Ticket.class)
            .setParameter("number", number)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Ticket ticket = found.get(0);
    // the ticket may have been read earlier in this transaction, before another one changed it:
    // write what this transaction changed, then read it again under the lock
    entityManager.flush();
    entityManager.refresh(ticket, LockModeType.PESSIMISTIC_WRITE);
    return Optional.of(ticket);
  }

  @Override
  public Optional<Ticket> byNumber(String number) {
    return entityManager.unwrap(Session.class).bySimpleNaturalId(Ticket.class).loadOptional(number);
  }
}
