package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.ratelimit.SharedBuckets;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Limits anonymous ticket submissions through the portal per client address ({@code
 * ticketflow.portal.submissions-per-client} within {@code submission-window}).
 */
@Component
public class PortalSubmissionLimitFilter extends ClientRateLimitFilter {

  static final String SUBMIT_PATH = "/api/portal/tickets";

  public PortalSubmissionLimitFilter(
      PortalProperties properties, ObjectMapper json, SharedBuckets buckets) {
    super(
        buckets.limit(
            "portal-submission", properties.submissionsPerClient(), properties.submissionWindow()),
        json,
        "portal submission");
  }

  @Override
  boolean limits(HttpServletRequest request) {
    String path = path(request);
    return HttpMethod.POST.matches(request.getMethod())
        && (path.equals(SUBMIT_PATH) || path.equals(SUBMIT_PATH + "/"));
  }
}
