package io.ticketflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one "not found" of the portal's ticket calls. An unknown or malformed number, a wrong,
 * revoked or missing token, a token of another ticket and another ticket's file all get this same
 * body, so that nobody can tell which it was; the path is not echoed either.
 */
final class PortalNotFound {

  /** The portal's calls on one ticket; the submission itself is {@code /api/portal/tickets}. */
  static final String TICKET_PATHS = PortalSubmissionLimitFilter.SUBMIT_PATH + "/";

  static final String TITLE = "Not found";
  static final String DETAIL = "No ticket matches this number and access token.";

  private PortalNotFound() {}

  /** Whether {@code request} is one of the portal's calls on a ticket. */
  static boolean applies(HttpServletRequest request) {
    return ClientRateLimitFilter.path(request).startsWith(TICKET_PATHS);
  }

  static ResponseEntity<Object> response() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, DETAIL);
    problem.setTitle(TITLE);
    problem.setInstance(URI.create(PortalSubmissionLimitFilter.SUBMIT_PATH));
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }
}
