package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.ratelimit.SharedBuckets;
import io.ticketflow.support.MutableClock;
import io.ticketflow.support.StoreOnH2;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The portal's limit on anonymous submissions per client address. */
class PortalSubmissionLimitFilterTest {

  private static final Duration HOUR = Duration.ofHours(1);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));

  @Test
  void theFilterAnswersSubmissionsOverTheLimitWith429AndRetryAfter() throws Exception {
    ObjectMapper json = new ObjectMapper();
    PortalSubmissionLimitFilter filter = filter(json);
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
    PortalSubmissionLimitFilter filter = filter(new ObjectMapper());
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

  private PortalSubmissionLimitFilter filter(ObjectMapper json) {
    return new PortalSubmissionLimitFilter(
        new PortalProperties(1, HOUR, 60, Duration.ofMinutes(5), 20, Duration.ofMinutes(10)),
        json,
        new SharedBuckets(StoreOnH2.migrated(), clock, ""));
  }
}
