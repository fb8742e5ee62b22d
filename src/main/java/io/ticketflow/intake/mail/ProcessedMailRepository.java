package io.ticketflow.intake.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Mail handled so far, by key; tickets per sender. */
public interface ProcessedMailRepository extends JpaRepository<ProcessedMail, Long> {

  Optional<ProcessedMail> findByKey(String key);

  boolean existsByKey(String key);

  /** Handled mail with one of these keys that belongs to a ticket: what a reply answers. */
  List<ProcessedMail> findByKeyInAndTicketNumberNotNull(Collection<String> keys);

  long countBySenderAndOutcomeInAndReceivedAtAfter(
      String sender, Collection<MailOutcome> outcomes, Instant since);
}
