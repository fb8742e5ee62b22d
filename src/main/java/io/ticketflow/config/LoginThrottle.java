package io.ticketflow.config;

import io.ticketflow.ratelimit.Limit;
import io.ticketflow.ratelimit.SharedBuckets;
import io.ticketflow.ticket.StoreSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking the user out. Three limits, each on failures only:
 *
 * <ul>
 *   <li>per client address: {@code failures-per-client} failed logins per window, whatever the user
 *       names (one password tried across many users);
 *   <li>per user and address: after {@code free-failures} in a row, each next try from that address
 *       waits, the wait doubling up to {@code max-delay}; a success ends it;
 *   <li>per user: {@code failures-per-user} per window from addresses where the user has not signed
 *       in lately (many addresses guessing one user's password); then those addresses wait, while
 *       the user's own addresses still get in.
 * </ul>
 *
 * <p>An attacker who knows a user name can therefore slow only themselves: the engine's own lockout
 * per user (which anyone could keep up forever) is switched off. A refused try is answered as a
 * wrong password, without checking it. Everything is kept in the database, so the limits hold for
 * the whole desk, not per node: the two allowances are token buckets of {@link SharedBuckets}, the
 * streak and the user's own addresses a row per user and address in {@code login_address}.
 */
@Component
public class LoginThrottle {

  /** Longer user names or addresses are kept as their SHA-256: no identity has one. */
  private static final int MAX_KEY = 64;

  private static final int MAX_STREAK = 64;

  /** A known address's sign-in time is written again after this part of known-address-for. */
  private static final int SIGN_IN_REFRESHES = 30;

  private final LoginProperties settings;
  private final Clock clock;
  private final Limit clients;
  private final Limit users;
  private final JdbcTemplate jdbc;
  private final String table;

  public LoginThrottle(
      LoginProperties settings,
      Clock clock,
      SharedBuckets buckets,
      DataSource dataSource,
      @Value(StoreSchema.PROPERTY) String schema) {
    this.settings = settings;
    this.clock = clock;
    this.clients = buckets.limit("login-client", settings.failuresPerClient(), settings.window());
    this.users = buckets.limit("login-user", settings.failuresPerUser(), settings.window());
    this.jdbc = new JdbcTemplate(dataSource);
    this.table = StoreSchema.prefix(schema) + "login_address";
  }

  /** One user at one address: failures in a row, the last one, the last sign-in. */
  private record Address(int failures, Instant lastFailure, Instant signedIn) {
    static final Address NONE = new Address(0, null, null);
  }

  /**
   * Whether this try must wait.
   *
   * @return empty when the password may be checked, otherwise how long the client must wait
   */
  public Optional<Duration> refusal(String user, String client) {
    String who = key(user);
    String from = key(client);
    Optional<Duration> wait = clients.check(from);
    if (wait.isPresent()) {
      return wait;
    }
    Instant now = clock.instant();
    Address address = address(who, from);
    if (address.failures() >= settings.freeFailures() && address.lastFailure() != null) {
      Instant until = address.lastFailure().plus(delay(address.failures()));
      if (now.isBefore(until)) {
        return Optional.of(Duration.between(now, until));
      }
    }
    return known(address, now) ? Optional.empty() : users.check(who);
  }

  /** A password check failed. */
  public void failed(String user, String client) {
    String who = key(user);
    String from = key(client);
    Instant now = clock.instant();
    clients.take(from);
    if (!known(address(who, from), now)) {
      users.take(who);
    }
    Timestamp at = Timestamp.from(now);
    upsert(
        "update "
            + table
            + " set failures = least(failures + 1, ?), last_failure_at = ?"
            + " where user_id = ? and client = ?",
        new Object[] {MAX_STREAK, at, who, from},
        new Object[] {who, from, 1, at, null});
  }

  /** A password check passed: the address is the user's, the streak ends. */
  public void succeeded(String user, String client) {
    String who = key(user);
    String from = key(client);
    Instant now = clock.instant();
    Address address = address(who, from);
    // every authenticated call checks the password: write only what changed, or a stale sign-in
    Duration refresh = settings.knownAddressFor().dividedBy(SIGN_IN_REFRESHES);
    if (address.failures() == 0
        && address.signedIn() != null
        && address.signedIn().plus(refresh).isAfter(now)) {
      return;
    }
    Timestamp at = Timestamp.from(now);
    upsert(
        "update " + table + " set failures = 0, signed_in_at = ? where user_id = ? and client = ?",
        new Object[] {at, who, from},
        new Object[] {who, from, 0, null, at});
  }

  /** Forgets the addresses whose streak no longer slows anyone and that no sign-in made known. */
  @Scheduled(fixedDelayString = "${ticketflow.rate-limits.purge-every:PT10M}")
  public int purgeIdle() {
    Instant now = clock.instant();
    return jdbc.update(
        "delete from "
            + table
            + " where (last_failure_at is null or last_failure_at < ?)"
            + " and (signed_in_at is null or signed_in_at < ?)",
        Timestamp.from(now.minus(settings.maxDelay())),
        Timestamp.from(now.minus(settings.knownAddressFor())));
  }

  private Address address(String user, String client) {
    List<Address> rows =
        jdbc.query(
            "select failures, last_failure_at, signed_in_at from "
                + table
                + " where user_id = ? and client = ?",
            (row, i) ->
                new Address(
                    row.getInt(1), instant(row.getTimestamp(2)), instant(row.getTimestamp(3))),
            user,
            client);
    return rows.isEmpty() ? Address.NONE : rows.get(0);
  }

  /** Updates the row, or inserts it when there is none (another node may insert it first). */
  private void upsert(String update, Object[] updateArgs, Object[] insertArgs) {
    if (jdbc.update(update, updateArgs) > 0) {
      return;
    }
    try {
      jdbc.update(
          "insert into "
              + table
              + " (user_id, client, failures, last_failure_at, signed_in_at) values (?, ?, ?, ?, ?)",
          insertArgs);
    } catch (DuplicateKeyException insertedMeanwhile) {
      jdbc.update(update, updateArgs);
    }
  }

  private Duration delay(int failures) {
    int doublings = Math.min(failures - settings.freeFailures(), 30);
    Duration wait = settings.firstDelay().multipliedBy(1L << doublings);
    return wait.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : wait;
  }

  private boolean known(Address address, Instant now) {
    return address.signedIn() != null
        && address.signedIn().plus(settings.knownAddressFor()).isAfter(now);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static String key(String value) {
    if (value.length() <= MAX_KEY) {
      return value;
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
