package io.ticketflow.incident;

import io.ticketflow.ticket.TicketProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out incident numbers {@code MI yyyyMMdd - serial}. Unlike ticket numbers, the day's counter
 * row stays locked until the declaring transaction ends: declarations are rare, and holding the
 * lock lets the declarer check "is there an open incident for this already?" without a race.
 */
@Component
class IncidentNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final IncidentNumberSequenceRepository sequences;
  private final TransactionTemplate newTransaction;
  private final Clock clock;
  private final TicketProperties properties;

  IncidentNumbers(
      IncidentNumberSequenceRepository sequences,
      PlatformTransactionManager transactionManager,
      Clock clock,
      TicketProperties properties) {
    this.sequences = sequences;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.properties = properties;
  }

  /** Locks today's counter in the caller's transaction; other declarers wait until it ends. */
  Lease lock() {
    LocalDate day = LocalDate.now(clock.withZone(properties.zone()));
    if (sequences.lockDay(day).isEmpty()) {
      try {
        newTransaction.executeWithoutResult(
            status -> sequences.saveAndFlush(new IncidentNumberSequence(day)));
      } catch (DataIntegrityViolationException createdAtTheSameMoment) {
        // another declarer created today's row first: lock theirs
      }
    }
    IncidentNumberSequence sequence =
        sequences
            .lockDay(day)
            .orElseThrow(() -> new IllegalStateException("No incident counter for " + day));
    return new Lease(day, sequence);
  }

  /** Today's counter, locked. */
  static final class Lease {
    private final LocalDate day;
    private final IncidentNumberSequence sequence;

    Lease(LocalDate day, IncidentNumberSequence sequence) {
      this.day = day;
      this.sequence = sequence;
    }

    String next() {
      return format(day, sequence.next());
    }
  }

  static String format(LocalDate day, int serial) {
    return "MI" + DAY.format(day) + "-" + String.format("%03d", serial);
  }
}
