package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.ratelimit.Limit;
import io.ticketflow.ratelimit.SharedBuckets;
import io.ticketflow.ticket.SignInProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Limits requests for a sign-in link per client address ({@code
 * ticketflow.portal.sign-in.per-client} within {@code window}); the limit per e-mail address is the
 * controller's.
 */
@Component
public class PortalSignInLimitFilter extends ClientRateLimitFilter {

  static final String SIGN_IN_PATH = "/api/portal/sign-in";

  @Autowired
  public PortalSignInLimitFilter(
      SignInProperties properties, ObjectMapper json, SharedBuckets buckets) {
    this(buckets.limit("sign-in-client", properties.perClient(), properties.window()), json);
  }

  PortalSignInLimitFilter(Limit limiter, ObjectMapper json) {
    super(limiter, json, "sign-in request");
  }

  @Override
  boolean limits(HttpServletRequest request) {
    String path = path(request);
    return HttpMethod.POST.matches(request.getMethod())
        && (path.equals(SIGN_IN_PATH) || path.equals(SIGN_IN_PATH + "/"));
  }
}
