package io.ticketflow.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * wrong password, without checking it. In memory, per application instance; idle entries are
 * forgotten when {@code tracked} is reached.
 */
public final class LoginThrottle {

  private final LoginProperties settings;
  private final Clock clock;
  private final Map<String, Allowance> clients = new ConcurrentHashMap<>();
  private final Map<String, Allowance> users = new ConcurrentHashMap<>();
  private final Map<String, Streak> streaks = new ConcurrentHashMap<>();
  private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();

  public LoginThrottle(LoginProperties settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Failures counted over the window, refilled evenly. */
  private record Allowance(double used, Instant at) {}

  /** Failures in a row of one user from one address, and when the last one was. */
  private record Streak(int failures, Instant last) {}

  /**
   * Whether this try must wait.
   *
   * @return empty when the password may be checked, otherwise how long the client must wait
   */
  public Optional<Duration> refusal(String user, String client) {
    Instant now = clock.instant();
    Optional<Duration> wait = exhausted(clients.get(client), settings.failuresPerClient(), now);
    if (wait.isPresent()) {
      return wait;
    }
    Streak streak = streaks.get(pair(user, client));
    if (streak != null && streak.failures() >= settings.freeFailures()) {
      Instant until = streak.last().plus(delay(streak.failures()));
      if (now.isBefore(until)) {
        return Optional.of(Duration.between(now, until));
      }
    }
    if (!known(user, client, now)) {
      return exhausted(users.get(user), settings.failuresPerUser(), now);
    }
    return Optional.empty();
  }

  /** A password check failed. */
  public void failed(String user, String client) {
    Instant now = clock.instant();
    forgetIdle(now);
    clients.compute(client, (key, a) -> use(a, settings.failuresPerClient(), now));
    if (!known(user, client, now)) {
      users.compute(user, (key, a) -> use(a, settings.failuresPerUser(), now));
    }
    streaks.compute(
        pair(user, client),
        (key, s) -> new Streak(s == null ? 1 : Math.min(s.failures() + 1, 64), now));
  }

  /** A password check passed: the address is the user's, the streak ends. */
  public void succeeded(String user, String client) {
    Instant now = clock.instant();
    forgetIdle(now);
    streaks.remove(pair(user, client));
    knownAddresses.put(pair(user, client), now);
  }

  private Duration delay(int failures) {
    int doublings = Math.min(failures - settings.freeFailures(), 30);
    Duration wait = settings.firstDelay().multipliedBy(1L << doublings);
    return wait.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : wait;
  }

  private boolean known(String user, String client, Instant now) {
    Instant signedIn = knownAddresses.get(pair(user, client));
    return signedIn != null && signedIn.plus(settings.knownAddressFor()).isAfter(now);
  }

  private Optional<Duration> exhausted(Allowance allowance, int limit, Instant now) {
    if (allowance == null || limit <= 0) {
      return Optional.empty();
    }
    double used = refilled(allowance, limit, now);
    if (used + 1 <= limit) {
      return Optional.empty();
    }
    double perFailure = (double) settings.window().toMillis() / limit;
    return Optional.of(Duration.ofMillis((long) Math.ceil((used + 1 - limit) * perFailure)));
  }

  private Allowance use(Allowance allowance, int limit, Instant now) {
    double used = allowance == null ? 0 : refilled(allowance, limit, now);
    return new Allowance(Math.min(used + 1, limit + 1.0), now);
  }

  /** The failures still counted after the time since the last one gave some back. */
  private double refilled(Allowance allowance, int limit, Instant now) {
    double elapsed = Duration.between(allowance.at(), now).toMillis();
    double back = elapsed * limit / Math.max(1, settings.window().toMillis());
    return Math.max(0, allowance.used() - back);
  }

  private void forgetIdle(Instant now) {
    if (clients.size() + users.size() + streaks.size() + knownAddresses.size()
        < settings.tracked()) {
      return;
    }
    clients
        .entrySet()
        .removeIf(e -> refilled(e.getValue(), settings.failuresPerClient(), now) == 0);
    users.entrySet().removeIf(e -> refilled(e.getValue(), settings.failuresPerUser(), now) == 0);
    streaks.entrySet().removeIf(e -> e.getValue().last().plus(settings.maxDelay()).isBefore(now));
    knownAddresses
        .entrySet()
        .removeIf(e -> e.getValue().plus(settings.knownAddressFor()).isBefore(now));
    if (streaks.size() + knownAddresses.size() >= settings.tracked()) {
      // still full of fresh entries: drop the oldest knowledge rather than grow without bound
      streaks.clear();
    }
  }

  private static String pair(String user, String client) {
    return user + "\u0000" + client;
  }
}
