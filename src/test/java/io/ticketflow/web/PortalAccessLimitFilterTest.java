package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.ratelimit.SharedBuckets;
import io.ticketflow.support.MutableClock;
import io.ticketflow.support.StoreOnH2;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Guessing ticket numbers and tokens: only failed portal calls on a ticket count. */
class PortalAccessLimitFilterTest {

  private static final String GUESSER = "203.0.113.7";
  private static final String TICKET = "/api/portal/tickets/TS20261122-0001";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
  private final SharedBuckets buckets = new SharedBuckets(StoreOnH2.migrated(), clock, "");
  private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
  private final PortalAccessLimitFilter filter =
      new PortalAccessLimitFilter(
          new PortalProperties(
              10, Duration.ofHours(1), 60, Duration.ofMinutes(5), 20, Duration.ofMinutes(10)),
          json,
          buckets);

  @Test
  void twentyFailuresThenEveryCallOnATicketIsRefusedUntilTheBucketRefills() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(call(TICKET, GUESSER, 404).getStatus()).isEqualTo(404);
    }
    MockHttpServletResponse refused = call(TICKET, GUESSER, 200);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
    assertThat(json.readTree(refused.getContentAsString()).get("title").asText())
        .isEqualTo("Too many requests");
    assertThat(call(TICKET + "/attachments/1", GUESSER, 200).getStatus()).isEqualTo(429);

    assertThat(call(TICKET, "198.51.100.1", 200).getStatus())
        .as("another address is not affected")
        .isEqualTo(200);
    assertThat(call("/api/portal/tickets", GUESSER, 201).getStatus())
        .as("submitting is limited on its own")
        .isEqualTo(201);
    clock.advance(Duration.ofSeconds(30));
    assertThat(call(TICKET, GUESSER, 200).getStatus()).isEqualTo(200);
  }

  @Test
  void successfulCallsNeverCount() throws Exception {
    for (int i = 0; i < 100; i++) {
      assertThat(call(TICKET, GUESSER, 200).getStatus()).isEqualTo(200);
    }
    for (int i = 0; i < 19; i++) {
      call(TICKET, GUESSER, 404);
    }
    assertThat(call(TICKET, GUESSER, 200).getStatus()).isEqualTo(200);
    call(TICKET, GUESSER, 404);
    assertThat(call(TICKET, GUESSER, 200).getStatus()).isEqualTo(429);
  }

  @Test
  void otherPathsAreNotWatched() throws Exception {
    for (int i = 0; i < 30; i++) {
      call("/api/tickets/TS20261122-0001", GUESSER, 404);
      call("/api/portal/knowledge/KB-1", GUESSER, 404);
    }
    assertThat(call(TICKET, GUESSER, 200).getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse call(String path, String client, int outcome) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRemoteAddr(client);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        request,
        response,
        new MockFilterChain() {
          @Override
          public void doFilter(ServletRequest req, ServletResponse res) {
            ((HttpServletResponse) res).setStatus(outcome);
          }
        });
    return response;
  }
}
