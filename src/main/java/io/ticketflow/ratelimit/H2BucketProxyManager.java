package io.ticketflow.ratelimit;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's select-for-update protocol on H2, which Bucket4j ships no module for: the same table
 * and steps as its PostgreSQL proxy manager, with an insert that H2 understands in its own mode
 * (PostgreSQL's {@code ON CONFLICT DO NOTHING} needs H2's PostgreSQL mode, which the engine's
 * tables are not created in).
 */
final class H2BucketProxyManager extends AbstractSelectForUpdateBasedProxyManager<String> {

  private static final String DUPLICATE_KEY = "23505";

  // on H2 the ticket store's tables are in the default schema
  private static final String INSERT =
      "insert into rate_limit_bucket (id, state) select ?, null where not exists"
          + " (select 1 from rate_limit_bucket where id = ?)";
  private static final String SELECT =
      "select state from rate_limit_bucket where id = ? for update";
  private static final String UPDATE =
      "update rate_limit_bucket set state = ?, expires_at = ? where id = ?";
  private static final String REMOVE = "delete from rate_limit_bucket where id = ?";

  private final DataSource dataSource;
  private final CustomColumnProvider<String> expiresAt;

  H2BucketProxyManager(
      DataSource dataSource, ExpirationAfterWriteStrategy expiry, ClientSideConfig config) {
    super(config.withExpirationAfterWriteStrategy(expiry));
    this.dataSource = dataSource;
    this.expiresAt = CustomColumnProvider.createExpiresInColumnProvider("expires_at", expiry);
  }

  @Override
  protected SelectForUpdateBasedTransaction allocateTransaction(
      String key, Optional<Long> timeoutNanos) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new BucketExceptions.BucketExecutionException(e);
    }
    return new Transaction(connection, key);
  }

  @Override
  public void removeProxy(String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(REMOVE)) {
      statement.setString(1, key);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new BucketExceptions.BucketExecutionException(e);
    }
  }

  @Override
  public boolean isExpireAfterWriteSupported() {
    return true;
  }

  private final class Transaction implements SelectForUpdateBasedTransaction {

    private final Connection connection;
    private final String key;

    Transaction(Connection connection, String key) {
      this.connection = connection;
      this.key = key;
    }

    @Override
    public void begin(Optional<Long> timeoutNanos) {
      try {
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        throw new BucketExceptions.BucketExecutionException(e);
      }
    }

    @Override
    public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
      try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
        applyTimeout(statement, timeoutNanos);
        statement.setString(1, key);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next()
              ? LockAndGetResult.locked(rows.getBytes(1))
              : LockAndGetResult.notLocked();
        }
      } catch (SQLException e) {
        throw new BucketExceptions.BucketExecutionException(e);
      }
    }

    @Override
    public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
      try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
        applyTimeout(statement, timeoutNanos);
        statement.setString(1, key);
        statement.setString(2, key);
        return statement.executeUpdate() == 1;
      } catch (SQLException e) {
        if (DUPLICATE_KEY.equals(e.getSQLState())) {
          // another node inserted it first: lock that row on the next try
          return false;
        }
        throw new BucketExceptions.BucketExecutionException(e);
      }
    }

    @Override
    public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
      try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
        applyTimeout(statement, timeoutNanos);
        statement.setBytes(1, data);
        expiresAt.setCustomField(key, 2, statement, state, currentTimeNanos());
        statement.setString(3, key);
        statement.executeUpdate();
      } catch (SQLException e) {
        throw new BucketExceptions.BucketExecutionException(e);
      }
    }

    @Override
    public void commit(Optional<Long> timeoutNanos) {
      try {
        connection.commit();
      } catch (SQLException e) {
        throw new BucketExceptions.BucketExecutionException(e);
      }
    }

    @Override
    public void rollback() {
      try {
        connection.rollback();
      } catch (SQLException e) {
        throw new BucketExceptions.BucketExecutionException(e);
      }
    }

    @Override
    public void release() {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new BucketExceptions.BucketExecutionException(e);
      }
    }
  }
}
