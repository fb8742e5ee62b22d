package io.ticketflow.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.ticketflow.ticket.StoreSchema;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The desk's token buckets, one row each in {@code rate_limit_bucket}, read and changed by Bucket4j
 * under a row lock ({@code select … for update}), so that every node takes from the same allowance.
 * A bucket's row goes once the bucket has filled up again: an address that stops calling leaves
 * nothing behind.
 */
@Component
public final class SharedBuckets {

  static final String TABLE = "rate_limit_bucket";
  private static final int PURGE_BATCH = 1000;

  private final ProxyManager<String> buckets;
  private final JdbcTemplate jdbc;
  private final String table;

  public SharedBuckets(
      DataSource dataSource, Clock clock, @Value(StoreSchema.PROPERTY) String schema) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.table = StoreSchema.prefix(schema) + TABLE;
    // a bucket's row may go once the bucket is full again (nothing of the client is left in it)
    ExpirationAfterWriteStrategy expiry =
        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);
    ClientSideConfig config = ClientSideConfig.getDefault().withClientClock(new ClockTime(clock));
    this.buckets =
        isPostgresql(dataSource)
            ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(new ClockTime(clock))
                .expirationAfterWrite(expiry)
                .build()
            : new H2BucketProxyManager(dataSource, expiry, config);
  }

  /**
   * A limit of {@code capacity} per {@code window} for each key (client address, user): the whole
   * allowance at once, then one more every {@code window / capacity}.
   *
   * @param name what is limited, part of each bucket's row id; a changed capacity or window starts
   *     fresh buckets
   */
  public Limit limit(String name, int capacity, Duration window) {
    if (capacity > 0 && (window.isNegative() || window.isZero())) {
      throw new IllegalArgumentException("the window must be positive");
    }
    if (capacity <= 0) {
      return Limit.unlimited();
    }
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
            .build();
    String prefix = name + "/" + capacity + "/" + window + ":";
    return new Limit(buckets, configuration, prefix, this::exists);
  }

  private boolean exists(String id) {
    List<Integer> rows =
        jdbc.queryForList("select 1 from " + table + " where id = ?", Integer.class, id);
    return !rows.isEmpty();
  }

  /** Forgets the buckets that have filled up again, on every node (deleting twice is harmless). */
  @Scheduled(fixedDelayString = "${ticketflow.rate-limits.purge-every:PT10M}")
  public int purgeFull() {
    // Bucket4j writes expires_at by the system's clock, whatever clock the buckets run on
    return purgeFull(System.currentTimeMillis());
  }

  int purgeFull(long nowMillis) {
    int removed = 0;
    int batch;
    do {
      batch =
          jdbc.update(
              "delete from "
                  + table
                  + " where id in (select id from "
                  + table
                  + " where expires_at < ? fetch first "
                  + PURGE_BATCH
                  + " rows only)",
              nowMillis);
      removed += batch;
    } while (batch == PURGE_BATCH);
    return removed;
  }

  private static boolean isPostgresql(DataSource dataSource) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
      return "PostgreSQL".equalsIgnoreCase(product);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database keeps the rate limits", e);
    }
  }

  /** The application's clock as Bucket4j's, so that tests move both together. */
  private record ClockTime(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      return Math.multiplyExact(clock.millis(), 1_000_000L);
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
