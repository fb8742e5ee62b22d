package io.ticketflow.ticket;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out ticket numbers {@code TS yyyyMMdd - serial}, one daily counter row locked per number.
 * Each number is taken in its own short transaction, before the ticket's own transaction begins: a
 * ticket that fails later leaves a gap, never a duplicate.
 */
@Component
public class TicketNumberGenerator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int MAX_ATTEMPTS = 5;

  private final TicketNumberSequenceRepository sequences;
  private final TransactionTemplate newTransaction;
  private final Clock clock;
  private final TicketProperties properties;

  public TicketNumberGenerator(
      TicketNumberSequenceRepository sequences,
      PlatformTransactionManager transactionManager,
      Clock clock,
      TicketProperties properties) {
    this.sequences = sequences;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.properties = properties;
  }

  public String next() {
    LocalDate day = LocalDate.now(clock.withZone(properties.zone()));
    for (int attempt = 1; ; attempt++) {
      try {
        int serial = Objects.requireNonNull(newTransaction.execute(status -> increment(day)));
        return format(day, serial);
      } catch (DataIntegrityViolationException firstOfDayRace) {
        // another request created today's counter row at the same moment: take the row lock instead
        if (attempt >= MAX_ATTEMPTS) {
          throw firstOfDayRace;
        }
      }
    }
  }

  private int increment(LocalDate day) {
    TicketNumberSequence sequence =
        sequences
            .lockDay(day)
            .orElseGet(() -> sequences.saveAndFlush(new TicketNumberSequence(day)));
    return sequence.next();
  }

  static String format(LocalDate day, int serial) {
    return "TS" + DAY.format(day) + "-" + String.format("%04d", serial);
  }
}
