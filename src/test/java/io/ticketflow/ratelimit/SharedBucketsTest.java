package io.ticketflow.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.support.MutableClock;
import io.ticketflow.support.StoreOnH2;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Token buckets in the database (H2 here; the two-node integration test runs PostgreSQL). */
class SharedBucketsTest {

  private static final Duration HOUR = Duration.ofHours(1);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
  private final DataSource dataSource = StoreOnH2.migrated();
  private final SharedBuckets buckets = new SharedBuckets(dataSource, clock, "");

  @Test
  void aClientGetsTheBurstThenWaitsForTheNextRefill() {
    Limit limit = buckets.limit("submit", 10, HOUR);
    for (int i = 0; i < 10; i++) {
      assertThat(limit.tryTake("203.0.113.7")).as("submission %d", i + 1).isEmpty();
    }
    assertThat(limit.tryTake("203.0.113.7")).contains(Duration.ofMinutes(6));

    clock.advance(Duration.ofMinutes(5));
    assertThat(limit.tryTake("203.0.113.7")).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(limit.tryTake("203.0.113.7")).isEmpty();
    assertThat(limit.tryTake("203.0.113.7")).contains(Duration.ofMinutes(6));
  }

  @Test
  void clientsAndLimitsHaveBucketsOfTheirOwn() {
    Limit limit = buckets.limit("submit", 1, HOUR);
    assertThat(limit.tryTake("203.0.113.7")).isEmpty();
    assertThat(limit.tryTake("203.0.113.7")).isPresent();
    assertThat(limit.tryTake("198.51.100.1")).isEmpty();
    assertThat(buckets.limit("search", 1, HOUR).tryTake("203.0.113.7")).isEmpty();
  }

  @Test
  void twoInstancesOnOneDatabaseShareTheAllowance() {
    Limit first = buckets.limit("submit", 3, HOUR);
    Limit second = new SharedBuckets(dataSource, clock, "").limit("submit", 3, HOUR);
    assertThat(first.tryTake("203.0.113.7")).isEmpty();
    assertThat(second.tryTake("203.0.113.7")).isEmpty();
    assertThat(first.tryTake("203.0.113.7")).isEmpty();
    assertThat(second.tryTake("203.0.113.7")).isPresent();
  }

  @Test
  void aFullWindowRefillsNoMoreThanTheBurst() {
    Limit limit = buckets.limit("submit", 2, HOUR);
    limit.tryTake("203.0.113.7");
    clock.advance(Duration.ofDays(3));
    assertThat(limit.tryTake("203.0.113.7")).isEmpty();
    assertThat(limit.tryTake("203.0.113.7")).isEmpty();
    assertThat(limit.tryTake("203.0.113.7")).isPresent();
  }

  @Test
  void checkingTakesNothingAndWritesNothingForAnUnknownClient() {
    Limit failures = buckets.limit("failures", 2, HOUR);
    for (int i = 0; i < 5; i++) {
      assertThat(failures.check("203.0.113.7")).isEmpty();
    }
    assertThat(rows()).isZero();
    failures.take("203.0.113.7");
    assertThat(failures.check("203.0.113.7")).isEmpty();
    failures.take("203.0.113.7");
    assertThat(failures.check("203.0.113.7")).contains(Duration.ofMinutes(30));
    failures.take("203.0.113.7");
    assertThat(failures.check("203.0.113.7")).contains(Duration.ofMinutes(30));
  }

  @Test
  void bucketsThatFilledUpAgainArePurged() {
    Limit limit = buckets.limit("submit", 2, HOUR);
    limit.tryTake("203.0.113.7");
    limit.tryTake("198.51.100.1");
    limit.tryTake("198.51.100.1");
    assertThat(buckets.purgeFull()).isZero();
    // expires_at is Bucket4j's, by the system clock: the purge is told the time to look at
    long now = System.currentTimeMillis();
    assertThat(buckets.purgeFull(now + Duration.ofMinutes(31).toMillis()))
        .as("one refilled, one not yet")
        .isEqualTo(1);
    assertThat(buckets.purgeFull(now + Duration.ofMinutes(61).toMillis())).isEqualTo(1);
    assertThat(rows()).isZero();
  }

  @Test
  void zeroTurnsTheLimitOff() {
    Limit limit = buckets.limit("submit", 0, HOUR);
    for (int i = 0; i < 100; i++) {
      assertThat(limit.tryTake("client-" + i)).isEmpty();
    }
    assertThat(rows()).isZero();
    assertThatThrownBy(() -> buckets.limit("submit", 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private int rows() {
    return new JdbcTemplate(dataSource)
        .queryForObject("select count(*) from rate_limit_bucket", Integer.class);
  }
}
