package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class IntakeAdmissionFilterTest {

  private final IntakeAdmissionFilter filter =
      new IntakeAdmissionFilter(
          new IntakeAdmissionProperties(1, Duration.ofMillis(200), Duration.ofSeconds(2)),
          new ObjectMapper());
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void aSubmissionBeyondTheNodesTurnsIsRefusedQuicklyWithRetryAfter() throws Exception {
    CountDownLatch inWork = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Future<MockHttpServletResponse> first =
        pool.submit(
            () -> {
              MockHttpServletResponse response = new MockHttpServletResponse();
              filter.doFilter(
                  submission("/api/tickets"),
                  response,
                  (req, res) -> {
                    inWork.countDown();
                    await(finish);
                  });
              return response;
            });
    assertThat(inWork.await(10, TimeUnit.SECONDS)).isTrue();

    long started = System.nanoTime();
    MockHttpServletResponse refused = new MockHttpServletResponse();
    boolean[] reached = {false};
    filter.doFilter(submission("/api/portal/tickets"), refused, (req, res) -> reached[0] = true);
    long waitedMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(reached[0]).as("refused submission reached the application").isFalse();
    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
    assertThat(refused.getContentType()).isEqualTo("application/problem+json");
    assertThat(refused.getContentAsString()).contains("\"status\":503", "Idempotency-Key");
    assertThat(waitedMillis).isBetween(150L, 5_000L);

    finish.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    assertThat(filter.inWork()).isZero();
    MockHttpServletResponse next = new MockHttpServletResponse();
    filter.doFilter(submission("/api/tickets"), next, (req, res) -> reached[0] = true);
    assertThat(reached[0]).isTrue();
    assertThat(next.getStatus()).isEqualTo(200);
  }

  @Test
  void onlySubmissionsAreCounted() throws Exception {
    MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/tickets");
    MockHttpServletRequest comment =
        new MockHttpServletRequest("POST", "/api/tickets/TS20261204-0001/comments");

    assertThat(filter.shouldNotFilter(read)).isTrue();
    assertThat(filter.shouldNotFilter(comment)).isTrue();
    assertThat(filter.shouldNotFilter(submission("/api/tickets"))).isFalse();
    assertThat(filter.shouldNotFilter(submission("/api/portal/tickets/"))).isFalse();
  }

  private static MockHttpServletRequest submission(String path) {
    return new MockHttpServletRequest("POST", path);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
