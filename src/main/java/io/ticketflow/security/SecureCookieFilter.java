package io.ticketflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every cookie set in answer to an HTTPS request as {@code Secure}, the Camunda webapps' CSRF
 * cookie included (Camunda can only switch that flag on for every request, which would lose the
 * cookie on the demo's plain {@code http://localhost}). A request forwarded by a trusted proxy with
 * {@code X-Forwarded-Proto: https} counts as HTTPS ({@code server.forward-headers-strategy}). The
 * servlet container marks its session cookie the same way by itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SecureCookieFilter extends OncePerRequestFilter {

  private static final Pattern SECURE = Pattern.compile("(?i);\\s*secure\\s*(;|$)");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.isSecure();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new SecureCookies(response));
  }

  /** The Set-Cookie header value with the Secure attribute, added when missing. */
  static String secure(String setCookie) {
    return setCookie == null || SECURE.matcher(setCookie).find()
        ? setCookie
        : setCookie + "; Secure";
  }

  private static final class SecureCookies extends HttpServletResponseWrapper {

    SecureCookies(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookie.setSecure(true);
      super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, isSetCookie(name) ? secure(value) : value);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, isSetCookie(name) ? secure(value) : value);
    }

    private static boolean isSetCookie(String name) {
      return HttpHeaders.SET_COOKIE.equalsIgnoreCase(name);
    }
  }
}
