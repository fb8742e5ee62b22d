package io.ticketflow.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/** One limit of {@link SharedBuckets}: a token bucket per key, shared by every node. */
public final class Limit {

  private final ProxyManager<String> buckets;
  private final BucketConfiguration configuration;
  private final String prefix;
  private final Predicate<String> stored;

  Limit(
      ProxyManager<String> buckets,
      BucketConfiguration configuration,
      String prefix,
      Predicate<String> stored) {
    this.buckets = buckets;
    this.configuration = configuration;
    this.prefix = prefix;
    this.stored = stored;
  }

  /** A limit that never refuses (capacity 0 switches a limit off). */
  static Limit unlimited() {
    return new Limit(null, null, null, id -> false);
  }

  /**
   * Takes one from {@code key}'s allowance.
   *
   * @return empty when allowed, otherwise how long until the next one
   */
  public Optional<Duration> tryTake(String key) {
    if (buckets == null) {
      return Optional.empty();
    }
    ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Optional.empty() : waitFor(probe.getNanosToWaitForRefill());
  }

  /**
   * Whether {@code key} has an allowance left, without taking from it: for limits that count only
   * some requests (failures), taken with {@link #take} once they are known. A key that never took
   * anything has no bucket yet and costs one read.
   *
   * @return empty when it may go on, otherwise how long it must wait
   */
  public Optional<Duration> check(String key) {
    if (buckets == null || !stored.test(prefix + key)) {
      return Optional.empty();
    }
    EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? Optional.empty() : waitFor(probe.getNanosToWaitForRefill());
  }

  /** Takes one from {@code key}'s allowance if one is left (a failure to count). */
  public void take(String key) {
    if (buckets != null) {
      bucket(key).tryConsume(1);
    }
  }

  private BucketProxy bucket(String key) {
    return buckets.builder().build(prefix + key, () -> configuration);
  }

  private static Optional<Duration> waitFor(long nanos) {
    return Optional.of(Duration.ofNanos(Math.max(1, nanos)));
  }
}
