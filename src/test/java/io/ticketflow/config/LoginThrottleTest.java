package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.ratelimit.SharedBuckets;
import io.ticketflow.support.MutableClock;
import io.ticketflow.support.StoreOnH2;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String USER = "mary";
  private static final String USERS_DESK = "10.1.1.10";
  private static final String ATTACKER = "203.0.113.66";

  private static final LoginProperties SETTINGS =
      new LoginProperties(
          5,
          10,
          Duration.ofMinutes(15),
          3,
          Duration.ofSeconds(1),
          Duration.ofMinutes(1),
          Duration.ofDays(30));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
  private final DataSource dataSource = StoreOnH2.migrated();
  private final LoginThrottle throttle = throttle();

  private LoginThrottle throttle() {
    return new LoginThrottle(
        SETTINGS, clock, new SharedBuckets(dataSource, clock, ""), dataSource, "");
  }

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
  void anotherNodeOnTheSameDatabaseSeesTheStreakAndTheAllowances() {
    LoginThrottle otherNode = throttle();
    for (int i = 0; i < 3; i++) {
      throttle.failed(USER, ATTACKER);
    }
    assertThat(otherNode.refusal(USER, ATTACKER)).contains(Duration.ofSeconds(1));
    for (int i = 0; i < 2; i++) {
      otherNode.failed("user" + i, ATTACKER);
    }
    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.refusal("someone-else", ATTACKER))
        .as("five failures from the address in all, on two nodes")
        .isPresent();
  }

  @Test
  void idleAddressesAreForgottenButKnownOnesKept() {
    throttle.succeeded(USER, USERS_DESK);
    throttle.failed(USER, ATTACKER);
    clock.advance(Duration.ofMinutes(2));
    assertThat(throttle.purgeIdle()).isEqualTo(1);
    throttle.failed(USER, "198.51.100.1");
    assertThat(throttle.refusal(USER, USERS_DESK)).isEmpty();
    clock.advance(Duration.ofDays(31));
    assertThat(throttle.purgeIdle()).isEqualTo(2);
  }

  @Test
  void anOverlongUserNameIsThrottledLikeAnyOther() {
    String name = "x".repeat(5000);
    for (int i = 0; i < 3; i++) {
      throttle.failed(name, ATTACKER);
    }
    assertThat(throttle.refusal(name, ATTACKER)).contains(Duration.ofSeconds(1));
  }
}
