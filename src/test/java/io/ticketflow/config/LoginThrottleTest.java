package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String USER = "mary";
  private static final String USERS_DESK = "10.1.1.10";
  private static final String ATTACKER = "203.0.113.66";

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle =
      new LoginThrottle(
          new LoginProperties(
              5,
              10,
              Duration.ofMinutes(15),
              3,
              Duration.ofSeconds(1),
              Duration.ofMinutes(1),
              Duration.ofDays(30),
              1000),
          clock);

  @Test
  void failuresInARowFromOneAddressWaitLongerAndLongerUpToTheMaximum() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.refusal(USER, USERS_DESK)).isEmpty();
      throttle.failed(USER, USERS_DESK);
    }
    assertThat(throttle.refusal(USER, USERS_DESK)).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.refusal(USER, USERS_DESK)).isEmpty();
    throttle.failed(USER, USERS_DESK);
    assertThat(throttle.refusal(USER, USERS_DESK)).contains(Duration.ofSeconds(2));
  }

  @Test
  void theGuesserWaitsWhileTheUserSignsInFromTheirOwnAddress() {
    throttle.succeeded(USER, USERS_DESK);
    for (int i = 0; i < 4; i++) {
      throttle.failed(USER, ATTACKER);
    }
    assertThat(throttle.refusal(USER, ATTACKER)).isPresent();
    assertThat(throttle.refusal(USER, USERS_DESK)).isEmpty();
  }

  @Test
  void manyAddressesGuessingOneUserAreStoppedButNotTheUsersKnownAddress() {
    throttle.succeeded(USER, USERS_DESK);
    for (int i = 0; i < 10; i++) {
      throttle.failed(USER, "198.51.100." + i);
    }
    assertThat(throttle.refusal(USER, "198.51.100.200")).isPresent();
    assertThat(throttle.refusal(USER, USERS_DESK)).isEmpty();
    // the allowance refills over the window
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.refusal(USER, "198.51.100.200")).isEmpty();
  }

  @Test
  void onePasswordAcrossManyUsersFromOneAddressIsStopped() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.refusal("user" + i, ATTACKER)).isEmpty();
      throttle.failed("user" + i, ATTACKER);
    }
    assertThat(throttle.refusal("someone-else", ATTACKER)).isPresent();
    assertThat(throttle.refusal("someone-else", USERS_DESK)).isEmpty();
    clock.advance(Duration.ofMinutes(3));
    assertThat(throttle.refusal("someone-else", ATTACKER)).isEmpty();
  }

  @Test
  void aSuccessEndsTheStreak() {
    for (int i = 0; i < 3; i++) {
      throttle.failed(USER, USERS_DESK);
    }
    clock.advance(Duration.ofSeconds(1));
    throttle.succeeded(USER, USERS_DESK);
    throttle.failed(USER, USERS_DESK);
    assertThat(throttle.refusal(USER, USERS_DESK)).isEmpty();
  }

  @Test
  void memoryStaysBounded() {
    LoginThrottle small =
        new LoginThrottle(
            new LoginProperties(
                5,
                10,
                Duration.ofMinutes(15),
                3,
                Duration.ofSeconds(1),
                Duration.ofMinutes(1),
                Duration.ofDays(30),
                10),
            clock);
    for (int i = 0; i < 100; i++) {
      small.failed("user" + i, "198.51.100." + i);
      clock.advance(Duration.ofMinutes(20));
    }
    assertThat(small.refusal("user99", "198.51.100.99")).isEmpty();
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
