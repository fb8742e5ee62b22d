package io.ticketflow.intake.mail;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The quarantine, newest first; listings leave the raw bytes in the database. */
public interface QuarantinedMailRepository extends JpaRepository<QuarantinedMail, Long> {

  @Query(
      "select new io.ticketflow.intake.mail.QuarantineEntry(q.id, q.reason, q.detail, q.sender,"
          + " q.subject, q.messageId, q.mailboxRef, q.size, q.receivedAt, q.status, q.releasedBy,"
          + " q.releasedAt, q.ticketNumber) from QuarantinedMail q"
          + " where q.status in :statuses order by q.receivedAt desc, q.id desc")
  List<QuarantineEntry> list(
      @Param("statuses") Collection<QuarantineStatus> statuses, Pageable page);

  boolean existsByKey(String key);
}
