package io.ticketflow.web;

import io.ticketflow.security.CamundaIdentityAuthenticationProvider;
import io.ticketflow.ticket.StaffAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.core.Authentication;

/** Who calls the staff API, for the audited reads: user, groups and client address. */
final class Callers {

  private Callers() {}

  static StaffAccess of(Authentication authentication, HttpServletRequest request) {
    return new StaffAccess(
        authentication.getName(),
        Set.copyOf(CamundaIdentityAuthenticationProvider.groupIds(authentication)),
        request.getRemoteAddr());
  }
}
