package io.ticketflow.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Comments of a ticket in the order they were written. */
public interface TicketCommentRepository extends JpaRepository<TicketComment, Long> {

  List<TicketComment> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

  /** The comments of several tickets (a master and the duplicates merged into it), in order. */
  List<TicketComment> findByTicketIdInOrderByCreatedAtAscIdAsc(Collection<Long> ticketIds);

  List<TicketComment> findByTicketIdAndVisibilityOrderByCreatedAtAscIdAsc(
      Long ticketId, Visibility visibility);

  Optional<TicketComment> findFirstByTicketIdAndAuthorTypeAndVisibilityOrderByCreatedAtDescIdDesc(
      Long ticketId, AuthorType type, Visibility visibility);

  boolean existsByTicketIdAndAuthorTypeAndVisibility(
      Long ticketId, AuthorType type, Visibility visibility);
}
