package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The portal's limit on anonymous submissions per client address. */
class SubmissionRateLimiterTest {

  private static final Duration HOUR = Duration.ofHours(1);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));

  @Test
  void aClientGetsTheBurstThenWaitsForTheNextRefill() {
    SubmissionRateLimiter limiter = new SubmissionRateLimiter(10, HOUR, 100, clock);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.tryAcquire("203.0.113.7")).as("submission %d", i + 1).isEmpty();
    }
    assertThat(limiter.tryAcquire("203.0.113.7")).contains(Duration.ofMinutes(6));

    clock.advance(Duration.ofMinutes(5));
    assertThat(limiter.tryAcquire("203.0.113.7")).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter.tryAcquire("203.0.113.7")).isEmpty();
    assertThat(limiter.tryAcquire("203.0.113.7")).contains(Duration.ofMinutes(6));
  }

  @Test
  void clientsHaveBucketsOfTheirOwn() {
    SubmissionRateLimiter limiter = new SubmissionRateLimiter(1, HOUR, 100, clock);
    assertThat(limiter.tryAcquire("203.0.113.7")).isEmpty();
    assertThat(limiter.tryAcquire("203.0.113.7")).isPresent();
    assertThat(limiter.tryAcquire("198.51.100.1")).isEmpty();
  }

  @Test
  void aFullWindowRefillsNoMoreThanTheBurst() {
    SubmissionRateLimiter limiter = new SubmissionRateLimiter(2, HOUR, 100, clock);
    limiter.tryAcquire("203.0.113.7");
    clock.advance(Duration.ofDays(3));
    assertThat(limiter.tryAcquire("203.0.113.7")).isEmpty();
    assertThat(limiter.tryAcquire("203.0.113.7")).isEmpty();
    assertThat(limiter.tryAcquire("203.0.113.7")).isPresent();
  }

  @Test
  void idleClientsAreForgottenWhenTheTableIsFullAndNewOnesRefusedWhileItStaysFull() {
    SubmissionRateLimiter limiter = new SubmissionRateLimiter(2, HOUR, 2, clock);
    assertThat(limiter.tryAcquire("a")).isEmpty();
    assertThat(limiter.tryAcquire("b")).isEmpty();
    assertThat(limiter.tryAcquire("c")).as("no room, nobody idle").contains(Duration.ofMinutes(30));
    assertThat(limiter.tryAcquire("a")).as("known clients go on").isEmpty();

    clock.advance(HOUR);
    assertThat(limiter.tryAcquire("c")).isEmpty();
    assertThat(limiter.trackedClients()).isEqualTo(1);
  }

  @Test
  void zeroTurnsTheLimitOff() {
    SubmissionRateLimiter limiter = new SubmissionRateLimiter(0, HOUR, 1, clock);
    for (int i = 0; i < 100; i++) {
      assertThat(limiter.tryAcquire("client-" + i)).isEmpty();
    }
    assertThat(limiter.trackedClients()).isZero();
  }

  @Test
  void theFilterAnswersSubmissionsOverTheLimitWith429AndRetryAfter() throws Exception {
    ObjectMapper json = new ObjectMapper();
    PortalSubmissionLimitFilter filter =
        new PortalSubmissionLimitFilter(new SubmissionRateLimiter(1, HOUR, 100, clock), json);
    AtomicInteger passed = new AtomicInteger();

    assertThat(submit(filter, passed).getStatus()).isEqualTo(200);
    MockHttpServletResponse refused = submit(filter, passed);

    assertThat(passed).hasValue(1);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("3600");
    assertThat(refused.getContentType()).isEqualTo("application/problem+json");
    JsonNode problem = json.readTree(refused.getContentAsString());
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("title").asText()).isEqualTo("Too many requests");
    assertThat(problem.get("detail").asText()).contains("60 minute");
  }

  @Test
  void theFilterLeavesEverythingButNewPortalSubmissionsAlone() throws Exception {
    PortalSubmissionLimitFilter filter =
        new PortalSubmissionLimitFilter(
            new SubmissionRateLimiter(1, HOUR, 100, clock), new ObjectMapper());
    for (String[] request :
        new String[][] {
          {"GET", "/api/portal/tickets/TS20261122-0001"},
          {"POST", "/api/portal/tickets/TS20261122-0001/replies"},
          {"POST", "/api/tickets"},
          {"GET", "/portal/"}
        }) {
      MockHttpServletRequest get = new MockHttpServletRequest(request[0], request[1]);
      for (int i = 0; i < 3; i++) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(get, response, new MockFilterChain());
        assertThat(response.getStatus()).as("%s %s", request[0], request[1]).isEqualTo(200);
      }
    }
  }

  private static MockHttpServletResponse submit(
      PortalSubmissionLimitFilter filter, AtomicInteger passed) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/portal/tickets");
    request.setRemoteAddr("203.0.113.7");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> passed.incrementAndGet());
    return response;
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
