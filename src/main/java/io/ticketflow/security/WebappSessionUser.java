package io.ticketflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * The staff member signed in to the Camunda webapps in this browser, for the application's pages
 * that belong beside them (an article's staff page): read from the webapps' own session, so no
 * second login and never a Basic popup. Only members of the staff role groups count, as for the
 * staff API ({@link SecurityConfig#STAFF_ROLES}); everyone else is nobody here.
 */
@Component
public class WebappSessionUser {

  private static final Set<String> STAFF_GROUPS =
      Arrays.stream(SecurityConfig.STAFF_ROLES)
          .map(role -> role.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
          .collect(Collectors.toUnmodifiableSet());

  private final ProcessEngine engine;

  public WebappSessionUser(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The signed-in staff member's user id, when the webapps' session has one. */
  public Optional<String> staff(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engine.getName())
            instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return groups.stream().anyMatch(STAFF_GROUPS::contains)
        ? Optional.of(user.getIdentityId())
        : Optional.empty();
  }
}
