package io.ticketflow.config;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, network gone) or
 * by no pooled connection coming free in time (an overload) from every other failure. Such a
 * request changed nothing (its transaction never began or was rolled back) and may be repeated
 * later: it is answered {@code 503 Service Unavailable} with {@code Retry-After}, not 500.
 */
public final class DatabaseOutage {

  /** Seconds a client is asked to wait before repeating a request refused during an outage. */
  public static final int RETRY_AFTER_SECONDS = 10;

  public static final String TITLE = "Service temporarily unavailable";

  public static final String DETAIL =
      "The ticket store cannot be reached or is too busy at the moment. Nothing was saved; please"
          + " try again in a few seconds (with the same Idempotency-Key, if you sent one).";

  /**
   * What the pool's connection says, without an SQLSTATE, once the pool has found it broken: for
   * instance when the rollback of a transaction whose connection the server terminated fails.
   */
  static final String CLOSED_BY_POOL = "Connection is closed";

  private DatabaseOutage() {}

  /** Whether the database's absence caused {@code failure}, judged along its chain of causes. */
  public static boolean causedBy(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure;
        cause != null && seen.put(cause, Boolean.TRUE) == null;
        cause = cause.getCause()) {
      if (cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && (connectionState(sql.getSQLState()) || CLOSED_BY_POOL.equals(sql.getMessage()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server is shutting down, was
   * terminated by an administrator, or cannot take connections yet).
   */
  static boolean connectionState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }
}
