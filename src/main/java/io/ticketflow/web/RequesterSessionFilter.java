package io.ticketflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a signed-in requester open their tickets without each one's access token: a portal call on a
 * ticket that carries no {@code X-Access-Token} but the requester session cookie presents the
 * session's secret as its token. The ticket store accepts it when the session's address is the
 * ticket's requester's ({@code RequesterSessions}); any other ticket stays "not found".
 */
@Component
public class RequesterSessionFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String token = request.getHeader(PortalController.ACCESS_TOKEN);
    return !PortalNotFound.applies(request) || token != null && !token.isBlank();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> session = RequesterSessionCookie.of(request);
    chain.doFilter(
        session.<HttpServletRequest>map(secret -> withToken(request, secret)).orElse(request),
        response);
  }

  private static HttpServletRequest withToken(HttpServletRequest request, String secret) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getHeader(String name) {
        return PortalController.ACCESS_TOKEN.equalsIgnoreCase(name)
            ? secret
            : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return PortalController.ACCESS_TOKEN.equalsIgnoreCase(name)
            ? Collections.enumeration(java.util.List.of(secret))
            : super.getHeaders(name);
      }

      @Override
      public Enumeration<String> getHeaderNames() {
        java.util.List<String> names = Collections.list(super.getHeaderNames());
        names.add(PortalController.ACCESS_TOKEN);
        return Collections.enumeration(names);
      }
    };
  }
}
