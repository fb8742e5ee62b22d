package io.ticketflow.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** A ticket's attachments (without their bytes). */
public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

  List<Attachment> findByTicketIdOrderByIdAsc(Long ticketId);

  Optional<Attachment> findByIdAndTicketId(Long id, Long ticketId);

  List<Attachment> findByTicketIdInOrderByIdAsc(Collection<Long> ticketIds);

  Optional<Attachment> findByIdAndTicketIdIn(Long id, Collection<Long> ticketIds);

  long countByTicketId(Long ticketId);
}
