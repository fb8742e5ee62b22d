package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.ratelimit.Limit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the anonymous requests a subclass selects per client address with a {@link Limit} that
 * every node shares; past the limit the answer is 429 problem+json with {@code Retry-After}. Behind
 * a reverse proxy, the proxy must be one of {@code ticketflow.web.trusted-proxies} so that the
 * address is the client's.
 */
abstract class ClientRateLimitFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ClientRateLimitFilter.class);
  private static final long SECONDS_PER_MINUTE = 60;

  private final Limit limiter;
  private final ObjectMapper json;
  private final String what;

  /**
   * @param what the requests limited, for the log ("portal submission")
   */
  ClientRateLimitFilter(Limit limiter, ObjectMapper json, String what) {
    this.limiter = limiter;
    this.json = json;
    this.what = what;
  }

  /** Whether the request counts against the client's allowance. */
  abstract boolean limits(HttpServletRequest request);

  /**
   * Whether the client may go on; by default every request takes one from its allowance.
   *
   * @return empty when it may, otherwise how long it must wait
   */
  Optional<Duration> admit(Limit limiter, String client) {
    return limiter.tryTake(client);
  }

  /** After an admitted request was handled; nothing by default. */
  void handled(Limit limiter, String client, HttpServletResponse response) {
    // every request was counted when it was admitted
  }

  @Override
  protected final boolean shouldNotFilter(HttpServletRequest request) {
    return !limits(request);
  }

  @Override
  protected final void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    Optional<Duration> wait = admit(limiter, client);
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      handled(limiter, client, response);
      return;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    LOG.warn("Refused a {} from {}: over the limit", what, request.getRemoteAddr());
    writeRetryLater(
        response,
        json,
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many requests",
        "Too many requests from your address. Please try again in "
            + Math.max(1, (seconds + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE)
            + " minute(s).",
        seconds);
  }

  /** A problem document that asks the client to try again in {@code seconds}, with Retry-After. */
  static void writeRetryLater(
      HttpServletResponse response,
      ObjectMapper json,
      HttpStatus status,
      String title,
      String detail,
      long seconds)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setProperty("retryAfterSeconds", seconds);
    response.setStatus(status.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  /** The request's path inside the application. */
  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
