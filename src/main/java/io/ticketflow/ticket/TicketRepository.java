package io.ticketflow.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Tickets by number (also locked, see {@link TicketLocks}), by idempotency key, and by filter;
 * tickets per assignee.
 */
public interface TicketRepository
    extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket>, TicketLocks {

  Optional<Ticket> findByNumber(String number);

  /** The duplicates merged directly into the ticket with this number, oldest first. */
  List<Ticket> findByMergedIntoOrderByIdAsc(String number);

  List<Ticket> findByIdIn(Collection<Long> ids);

  Optional<Ticket> findByIdempotencyKey(String idempotencyKey);

  /** Tickets of one kind created since {@code since} in one of {@code statuses}: a burst. */
  List<Ticket>
      findByCategoryAndSubcategoryAndCreatedAtGreaterThanEqualAndStatusInOrderByCreatedAtAsc(
          Category category,
          Subcategory subcategory,
          java.time.Instant since,
          Collection<TicketStatus> statuses);

  /** Tickets of one subcategory with a solution given since {@code since}, latest first. */
  List<Ticket> findBySubcategoryAndResolvedAtGreaterThanEqualOrderByResolvedAtDesc(
      Subcategory subcategory, java.time.Instant since, Pageable page);

  /**
   * How many tickets in one of {@code statuses} each of {@code assignees} has; assignees without
   * any are left out.
   */
  @Query(
      "select t.assignee as assignee, count(t) as tickets from Ticket t"
          + " where t.assignee in :assignees and t.status in :statuses group by t.assignee")
  List<AssigneeCount> countByAssignee(
      @Param("assignees") Collection<String> assignees,
      @Param("statuses") Collection<TicketStatus> statuses);

  /** One row of {@link #countByAssignee}. */
  interface AssigneeCount {
    String getAssignee();

    long getTickets();
  }

  /**
   * When each of {@code assignees} was last given a ticket, from the tickets' event logs; agents
   * who never were are left out. Read only: choosing an agent writes nothing that concurrent
   * intakes would wait for.
   */
  @Query(
      "select e.toValue as assignee, max(e.occurredAt) as assignedAt from TicketEvent e"
          + " where e.type = io.ticketflow.ticket.TicketEventType.ASSIGNED"
          + " and e.toValue in :assignees group by e.toValue")
  List<LastAssignment> lastAssignments(@Param("assignees") Collection<String> assignees);

  /** One row of {@link #lastAssignments}. */
  interface LastAssignment {
    String getAssignee();

    java.time.Instant getAssignedAt();
  }

  /** Tickets in one of {@code statuses} per candidate group and status (group null: untriaged). */
  @Query(
      "select t.candidateGroup as candidateGroup, t.status as status, count(t) as tickets"
          + " from Ticket t where t.status in :statuses group by t.candidateGroup, t.status")
  List<BacklogCount> countBacklog(@Param("statuses") Collection<TicketStatus> statuses);

  /** When the oldest ticket in one of {@code statuses} was created; null when there is none. */
  @Query("select min(t.createdAt) from Ticket t where t.status in :statuses")
  java.time.Instant oldestCreatedAt(@Param("statuses") Collection<TicketStatus> statuses);

  /** One row of {@link #countBacklog}. */
  interface BacklogCount {
    String getCandidateGroup();

    TicketStatus getStatus();

    long getTickets();
  }
}
