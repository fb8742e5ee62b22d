package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.ratelimit.SharedBuckets;
import io.ticketflow.support.MutableClock;
import io.ticketflow.support.StoreOnH2;
import io.ticketflow.ticket.SignInProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Requests for a sign-in link are limited per client address; nothing else counts. */
class PortalSignInLimitFilterTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
  private final SharedBuckets buckets = new SharedBuckets(StoreOnH2.migrated(), clock, "");
  private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

  @Test
  void signInRequestsPastTheAllowanceOfOneClientAre429() throws Exception {
    PortalSignInLimitFilter filter =
        new PortalSignInLimitFilter(
            new SignInProperties(
                Duration.ofMinutes(15), Duration.ofHours(8), 5, 2, Duration.ofHours(1), 500),
            json,
            buckets);
    AtomicInteger passed = new AtomicInteger();

    assertThat(call(filter, "POST", "/api/portal/sign-in", "203.0.113.7", passed)).isEqualTo(200);
    assertThat(call(filter, "POST", "/api/portal/sign-in/", "203.0.113.7", passed)).isEqualTo(200);
    assertThat(call(filter, "POST", "/api/portal/sign-in", "203.0.113.7", passed)).isEqualTo(429);
    assertThat(call(filter, "POST", "/api/portal/sign-in", "198.51.100.1", passed))
        .as("another client has its own allowance")
        .isEqualTo(200);
    // signing in with the link, the list and sign-out are not limited here
    assertThat(call(filter, "POST", "/api/portal/session", "203.0.113.7", passed)).isEqualTo(200);
    assertThat(call(filter, "GET", "/api/portal/my-tickets", "203.0.113.7", passed)).isEqualTo(200);
    assertThat(call(filter, "GET", "/api/portal/sign-in", "203.0.113.7", passed)).isEqualTo(200);
    assertThat(passed).hasValue(6);
    clock.advance(Duration.ofMinutes(30));
    assertThat(call(filter, "POST", "/api/portal/sign-in", "203.0.113.7", passed)).isEqualTo(200);
  }

  private static int call(
      PortalSignInLimitFilter filter,
      String method,
      String path,
      String client,
      AtomicInteger passed)
      throws Exception {
    return PortalKnowledgeLimitFilterTest.call(filter, method, path, client, passed).getStatus();
  }
}
