package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits anonymous ticket submissions through the portal per client address ({@code
 * ticketflow.portal.*}); past the limit the answer is 429 with {@code Retry-After}. Behind a
 * reverse proxy, set {@code server.forward-headers-strategy} so that the address is the client's.
 */
@Component
public class PortalSubmissionLimitFilter extends OncePerRequestFilter {

  static final String SUBMIT_PATH = "/api/portal/tickets";
  private static final Logger LOG = LoggerFactory.getLogger(PortalSubmissionLimitFilter.class);

  private final SubmissionRateLimiter limiter;
  private final ObjectMapper json;

  @Autowired
  public PortalSubmissionLimitFilter(PortalProperties properties, ObjectMapper json, Clock clock) {
    this(
        new SubmissionRateLimiter(
            properties.submissionsPerClient(),
            properties.submissionWindow(),
            properties.trackedClients(),
            clock),
        json);
  }

  PortalSubmissionLimitFilter(SubmissionRateLimiter limiter, ObjectMapper json) {
    this.limiter = limiter;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !HttpMethod.POST.matches(request.getMethod())
        || !(path.equals(SUBMIT_PATH) || path.equals(SUBMIT_PATH + "/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Duration> wait = limiter.tryAcquire(request.getRemoteAddr());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    LOG.warn("Refused a portal submission from {}: over the limit", request.getRemoteAddr());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.TOO_MANY_REQUESTS,
            "Too many requests from your address. Please try again in "
                + Math.max(1, (seconds + 59) / 60)
                + " minute(s).");
    problem.setTitle("Too many requests");
    problem.setProperty("retryAfterSeconds", seconds);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
