package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers handed out by many requests at once, from the first of a day on (H2, as Flyway makes it).
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate", showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class TicketNumberGeneratorTest {

  /** 16:00:30 UTC is 00:00:30 of the next day in the desk's zone. */
  static final Instant JUST_PAST_MIDNIGHT = Instant.parse("2031-03-04T16:00:30Z");

  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  TicketNumberGenerator generator(Instant now) {
    TicketProperties properties =
        new TicketProperties(
            ZoneId.of("Asia/Shanghai"),
            URI.create("http://localhost/portal"),
            5,
            Duration.ofDays(30),
            Set.of("managers"),
            100);
    return new TicketNumberGenerator(
        jdbc, transactions, Clock.fixed(now, ZoneOffset.UTC), properties, "");
  }

  @Test
  void numbersCountUpPerDayInTheDesksZone() {
    TicketNumberGenerator numbers = generator(Instant.parse("2031-05-06T02:00:00Z"));

    assertThat(numbers.next()).isEqualTo("TS20310506-0001");
    assertThat(numbers.next()).isEqualTo("TS20310506-0002");
    assertThat(generator(Instant.parse("2031-05-06T16:00:00Z")).next())
        .isEqualTo("TS20310507-0001");
  }

  @Test
  void concurrentRequestsFromTheFirstOfADayGetDistinctGaplessNumbers() throws Exception {
    int threads = 8;
    int perThread = 20;
    TicketNumberGenerator numbers = generator(JUST_PAST_MIDNIGHT);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> mine = new ArrayList<>();
                  for (int i = 0; i < perThread; i++) {
                    mine.add(numbers.next());
                  }
                  return mine;
                }));
      }
      start.countDown();
      List<String> all = new ArrayList<>();
      for (Future<List<String>> result : results) {
        all.addAll(result.get(60, TimeUnit.SECONDS));
      }

      List<String> expected =
          IntStream.rangeClosed(1, threads * perThread)
              .mapToObj(n -> TicketNumberGenerator.format(java.time.LocalDate.of(2031, 3, 5), n))
              .toList();
      assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
      assertThat(
              jdbc.queryForObject(
                  "select last_value from ticket_number_sequence where seq_day = date '2031-03-05'",
                  Integer.class))
          .isEqualTo(threads * perThread);
    } finally {
      pool.shutdownNow();
    }
  }
}
