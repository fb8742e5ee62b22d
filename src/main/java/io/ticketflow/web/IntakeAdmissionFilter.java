package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control for ticket submissions ({@code POST /api/tickets} and the portal's {@code POST
 * /api/portal/tickets}): at most {@link IntakeAdmissionProperties#maxConcurrent()} are worked on at
 * once; one that finds no turn within {@link IntakeAdmissionProperties#maxWait()} is answered 503
 * problem+json with {@code Retry-After} at once and nothing is stored, so that an overload is
 * refused in well under a second instead of queueing every request for many seconds. A fair
 * semaphore of the JDK: first come, first served. It runs just after Spring Security's filter
 * chain, so that only callers allowed to submit take a turn and the refusal carries the security
 * headers.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
public class IntakeAdmissionFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeAdmissionFilter.class);

  private static final Set<String> SUBMISSIONS =
      Set.of("/api/tickets", "/api/tickets/", "/api/portal/tickets", "/api/portal/tickets/");

  private final Semaphore turns;
  private final IntakeAdmissionProperties properties;
  private final ObjectMapper json;

  public IntakeAdmissionFilter(IntakeAdmissionProperties properties, ObjectMapper json) {
    this.turns = new Semaphore(properties.maxConcurrent(), true);
    this.properties = properties;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !HttpMethod.POST.matches(request.getMethod())
        || !SUBMISSIONS.contains(ClientRateLimitFilter.path(request));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean admitted;
    try {
      admitted = turns.tryAcquire(properties.maxWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      refuse(response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      turns.release();
    }
  }

  private void refuse(HttpServletResponse response) throws IOException {
    long seconds = Math.max(1, (properties.retryAfter().toMillis() + 999) / 1000);
    LOG.debug("Refused a ticket submission: {} already in work", properties.maxConcurrent());
    ClientRateLimitFilter.writeRetryLater(
        response,
        json,
        HttpStatus.SERVICE_UNAVAILABLE,
        "Busy, try again shortly",
        "The service desk is taking in more requests than it can handle right now. Nothing"
            + " was stored; please send the request again in "
            + seconds
            + " second(s), with the same Idempotency-Key.",
        seconds);
  }

  /** Submissions in work at the moment, for tests and gauges. */
  int inWork() {
    return properties.maxConcurrent() - turns.availablePermits();
  }
}
