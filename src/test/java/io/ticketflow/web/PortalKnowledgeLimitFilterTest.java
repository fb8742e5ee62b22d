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
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The portal's limit on anonymous knowledge-base calls per client address. */
class PortalKnowledgeLimitFilterTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
  private final SharedBuckets buckets = new SharedBuckets(StoreOnH2.migrated(), clock, "");
  private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

  @Test
  void searchesReadsAndHelpsShareOneAllowancePerClient() throws Exception {
    PortalKnowledgeLimitFilter filter =
        new PortalKnowledgeLimitFilter(
            new PortalProperties(
                10, Duration.ofHours(1), 3, Duration.ofMinutes(3), 20, Duration.ofMinutes(10)),
            json,
            buckets);
    AtomicInteger passed = new AtomicInteger();

    assertThat(call(filter, "GET", "/api/portal/knowledge", "203.0.113.7", passed).getStatus())
        .isEqualTo(200);
    assertThat(
            call(filter, "GET", "/api/portal/knowledge/KB-00001", "203.0.113.7", passed)
                .getStatus())
        .isEqualTo(200);
    assertThat(
            call(filter, "POST", "/api/portal/knowledge/KB-00001/helped", "203.0.113.7", passed)
                .getStatus())
        .isEqualTo(200);
    MockHttpServletResponse refused =
        call(filter, "GET", "/api/portal/knowledge", "203.0.113.7", passed);

    assertThat(passed).hasValue(3);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    assertThat(refused.getContentType()).isEqualTo("application/problem+json");
    JsonNode problem = json.readTree(refused.getContentAsString());
    assertThat(problem.get("title").asText()).isEqualTo("Too many requests");
    assertThat(problem.get("retryAfterSeconds").asInt()).isEqualTo(60);

    assertThat(call(filter, "GET", "/api/portal/knowledge", "198.51.100.1", passed).getStatus())
        .as("another client has its own allowance")
        .isEqualTo(200);
    clock.advance(Duration.ofMinutes(1));
    assertThat(call(filter, "GET", "/api/portal/knowledge", "203.0.113.7", passed).getStatus())
        .isEqualTo(200);
  }

  @Test
  void ticketsAndStaffCallsAreNotCounted() throws Exception {
    PortalKnowledgeLimitFilter filter =
        new PortalKnowledgeLimitFilter(
            new PortalProperties(
                10, Duration.ofHours(1), 1, Duration.ofHours(1), 20, Duration.ofMinutes(10)),
            json,
            buckets);
    AtomicInteger passed = new AtomicInteger();
    for (String[] request :
        new String[][] {
          {"POST", "/api/portal/tickets"},
          {"GET", "/api/portal/tickets/TS20261122-0001"},
          {"GET", "/api/knowledge"},
          {"GET", "/api/portal/knowledgebase"},
          {"GET", "/portal/"}
        }) {
      for (int i = 0; i < 3; i++) {
        assertThat(call(filter, request[0], request[1], "203.0.113.7", passed).getStatus())
            .as("%s %s", request[0], request[1])
            .isEqualTo(200);
      }
    }
    assertThat(passed).hasValue(15);
  }

  @Test
  void zeroTurnsTheLimitOff() throws Exception {
    PortalKnowledgeLimitFilter filter =
        new PortalKnowledgeLimitFilter(
            new PortalProperties(
                10, Duration.ofHours(1), 0, Duration.ofMinutes(5), 20, Duration.ofMinutes(10)),
            json,
            buckets);
    AtomicInteger passed = new AtomicInteger();
    for (int i = 0; i < 100; i++) {
      call(filter, "GET", "/api/portal/knowledge", "203.0.113.7", passed);
    }
    assertThat(passed).hasValue(100);
  }

  /** Runs one request through {@code filter}, counting in {@code passed} what it let through. */
  static MockHttpServletResponse call(
      ClientRateLimitFilter filter, String method, String path, String client, AtomicInteger passed)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setRemoteAddr(client);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        request,
        response,
        new MockFilterChain() {
          @Override
          public void doFilter(
              jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
            passed.incrementAndGet();
          }
        });
    return response;
  }
}
