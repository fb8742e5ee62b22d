package io.ticketflow.ticket;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out ticket numbers {@code TS yyyyMMdd - serial} from one counter row per day, incremented
 * by the database ({@code last_value = last_value + 1}), never read-modify-written by the
 * application: concurrent requests, and several application nodes on one database, each get their
 * own serial. Each number is taken in its own short transaction, before the ticket's own
 * transaction begins: a ticket that fails later leaves a gap, never a duplicate.
 */
@Component
public class TicketNumberGenerator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int MAX_ATTEMPTS = 5;

  private final JdbcTemplate jdbc;
  private final String increment;
  private final String startDay;
  private final String lastValue;
  private final TransactionTemplate newTransaction;
  private final Clock clock;
  private final TicketProperties properties;

  public TicketNumberGenerator(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      Clock clock,
      TicketProperties properties,
      @Value(StoreSchema.PROPERTY) String schema) {
    this.jdbc = jdbc;
    String table = StoreSchema.prefix(schema) + "ticket_number_sequence";
    this.increment = "update " + table + " set last_value = last_value + 1 where seq_day = ?";
    this.startDay = "insert into " + table + " (seq_day, last_value) values (?, 1)";
    this.lastValue = "select last_value from " + table + " where seq_day = ?";
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
    // the second of two concurrent transactions waits for the first's row lock, then adds to the
    // committed value
    if (jdbc.update(increment, day) == 0) {
      // the day's first number; a concurrent first fails on the key, and the retry increments
      jdbc.update(startDay, day);
      return 1;
    }
    return Objects.requireNonNull(jdbc.queryForObject(lastValue, Integer.class, day));
  }

  static String format(LocalDate day, int serial) {
    return "TS" + DAY.format(day) + "-" + String.format("%04d", serial);
  }
}
