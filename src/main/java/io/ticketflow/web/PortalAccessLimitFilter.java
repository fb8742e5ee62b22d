package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.ratelimit.Limit;
import io.ticketflow.ratelimit.SharedBuckets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits guessing of ticket numbers and access tokens: each failed portal call on a ticket (a 404)
 * takes one from the client address's allowance ({@code ticketflow.portal.failed-access-per-client}
 * within {@code failed-access-window}); once it is spent, every call on a ticket from that address
 * gets 429 until it refills. Successful calls never count.
 */
@Component
public class PortalAccessLimitFilter extends ClientRateLimitFilter {

  public PortalAccessLimitFilter(
      PortalProperties properties, ObjectMapper json, SharedBuckets buckets) {
    super(
        buckets.limit(
            "portal-failed-access",
            properties.failedAccessPerClient(),
            properties.failedAccessWindow()),
        json,
        "portal call on a ticket after repeated failures");
  }

  @Override
  boolean limits(HttpServletRequest request) {
    return PortalNotFound.applies(request);
  }

  @Override
  Optional<Duration> admit(Limit limiter, String client) {
    return limiter.check(client);
  }

  @Override
  void handled(Limit limiter, String client, HttpServletResponse response) {
    if (response.getStatus() == HttpStatus.NOT_FOUND.value()) {
      limiter.take(client);
    }
  }
}
