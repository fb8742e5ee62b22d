package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Limits anonymous ticket submissions through the portal per client address ({@code
 * ticketflow.portal.submissions-per-client} within {@code submission-window}).
 */
@Component
public class PortalSubmissionLimitFilter extends ClientRateLimitFilter {

  static final String SUBMIT_PATH = "/api/portal/tickets";

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
    super(limiter, json, "portal submission");
  }

  @Override
  boolean limits(HttpServletRequest request) {
    String path = path(request);
    return HttpMethod.POST.matches(request.getMethod())
        && (path.equals(SUBMIT_PATH) || path.equals(SUBMIT_PATH + "/"));
  }
}
