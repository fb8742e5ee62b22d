package io.ticketflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in whoever is signed in to the Camunda webapps (their session login, {@code JSESSIONID}),
 * for pages that staff open from there: the report page. The user comes from the webapps' session;
 * the groups are read from the identity store on every request, so a revoked membership counts at
 * once. Never creates a session and never asks for a password: without a webapp login the caller
 * stays anonymous.
 */
final class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  /** The process engine the webapps sign in to. */
  static final String ENGINE = "default";

  private final IdentityService identity;

  WebappSessionAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication signedIn =
          authentications == null
              ? null
              : authentications.getAuthenticationForProcessEngine(ENGINE);
      if (signedIn != null && signedIn.getIdentityId() != null) {
        signIn(signedIn.getIdentityId());
      }
    }
    chain.doFilter(request, response);
  }

  private void signIn(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return;
    }
    List<SimpleGrantedAuthority> groups =
        identity.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .map(
                id ->
                    new SimpleGrantedAuthority(
                        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + id))
            .toList();
    SecurityContextHolder.getContext()
        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, groups));
  }
}
