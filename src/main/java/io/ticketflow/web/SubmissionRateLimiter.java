package io.ticketflow.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory token bucket per client address: a client may submit {@code limit} requests at once,
 * then one more every {@code window / limit}. Memory stays bounded: idle clients (whose bucket has
 * filled up again) are forgotten when the table is full, and while it stays full new clients are
 * refused rather than let through untracked. Per application instance; a cluster multiplies it.
 */
final class SubmissionRateLimiter {

  private final int limit;
  private final Duration window;
  private final int maxClients;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  SubmissionRateLimiter(int limit, Duration window, int maxClients, Clock clock) {
    if (limit > 0 && (window.isNegative() || window.isZero())) {
      throw new IllegalArgumentException("the window must be positive");
    }
    this.limit = limit;
    this.window = window;
    this.maxClients = maxClients;
    this.clock = clock;
  }

  /**
   * Takes one submission from {@code client}'s allowance.
   *
   * @return empty when allowed, otherwise how long the client must wait for the next one
   */
  Optional<Duration> tryAcquire(String client) {
    if (limit <= 0) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (!buckets.containsKey(client) && !makeRoom(now)) {
      return Optional.of(interval());
    }
    Bucket after =
        buckets.compute(
            client,
            (key, bucket) -> {
              Bucket current = bucket == null ? new Bucket(limit, now, false) : refill(bucket, now);
              return current.tokens() >= 1
                  ? new Bucket(current.tokens() - 1, now, true)
                  : new Bucket(current.tokens(), now, false);
            });
    return after.granted() ? Optional.empty() : Optional.of(waitFor(after));
  }

  /**
   * Whether {@code client} has an allowance left, without taking from it: for limits that count
   * only some requests (failures), known after they were handled with {@link #tryAcquire}.
   *
   * @return empty when the client may go on, otherwise how long it must wait
   */
  Optional<Duration> check(String client) {
    if (limit <= 0) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Bucket bucket = buckets.get(client);
    if (bucket == null) {
      return makeRoom(now) ? Optional.empty() : Optional.of(interval());
    }
    Bucket current = refill(bucket, now);
    return current.tokens() >= 1 ? Optional.empty() : Optional.of(waitFor(current));
  }

  /** Whether a new client can be tracked, after forgetting the idle ones when the table is full. */
  private boolean makeRoom(Instant now) {
    if (buckets.size() >= maxClients) {
      buckets.values().removeIf(b -> refill(b, now).tokens() >= limit);
    }
    return buckets.size() < maxClients;
  }

  /** How long until {@code bucket} holds one token again. */
  private Duration waitFor(Bucket bucket) {
    double missing = 1 - bucket.tokens();
    return Duration.ofNanos((long) Math.ceil(missing * interval().toNanos()));
  }

  /** How many clients are remembered now. */
  int trackedClients() {
    return buckets.size();
  }

  /** The time one submission takes to come back. */
  private Duration interval() {
    return window.dividedBy(limit);
  }

  /** Tokens left at {@code at}; {@code granted} says whether the last request got one. */
  private record Bucket(double tokens, Instant at, boolean granted) {}

  private Bucket refill(Bucket bucket, Instant now) {
    Duration elapsed = Duration.between(bucket.at(), now);
    if (elapsed.isNegative() || elapsed.isZero()) {
      return bucket;
    }
    double earned = (double) elapsed.toNanos() / interval().toNanos();
    return new Bucket(Math.min(limit, bucket.tokens() + earned), now, bucket.granted());
  }
}
