package io.ticketflow.security;

import io.ticketflow.audit.AuditService;
import io.ticketflow.intake.AlertmanagerProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request to the Alertmanager webhook through only with the configured bearer token. While
 * no token is configured the webhook is closed (503), so that a forgotten setting never leaves it
 * open. A refused delivery is recorded in the audit trail as a failed login of {@code
 * alertmanager}.
 */
public final class AlertmanagerTokenFilter extends OncePerRequestFilter {

  static final String PRINCIPAL = "alertmanager";
  static final String AUTHORITY = "INTEGRATION_ALERTMANAGER";
  static final String CHALLENGE = "Bearer realm=\"ticketflow\"";
  static final String CHANNEL = "webhook";
  private static final String BEARER = "Bearer ";
  private static final Logger LOG = LoggerFactory.getLogger(AlertmanagerTokenFilter.class);

  private final byte[] expected;
  private final ProblemResponses problems;
  private final AuditService audit;

  public AlertmanagerTokenFilter(
      AlertmanagerProperties properties, ProblemResponses problems, AuditService audit) {
    this.expected = properties.enabled() ? digest(properties.token()) : null;
    this.problems = problems;
    this.audit = audit;
    if (expected == null) {
      LOG.warn(
          "ticketflow.integrations.alertmanager.token is not set: the Alertmanager webhook refuses"
              + " every delivery");
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (expected == null) {
      LOG.warn(
          "Refused an Alertmanager delivery: the webhook is off until"
              + " ticketflow.integrations.alertmanager.token is set");
      problems.write(
          response,
          HttpStatus.SERVICE_UNAVAILABLE,
          "Alertmanager webhook not configured",
          "This service takes no Alertmanager deliveries until its token is configured.");
      return;
    }
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (!matches(header)) {
      String why = header == null ? "no Authorization header" : "wrong bearer token";
      LOG.warn("Refused an Alertmanager delivery from {}: {}", request.getRemoteAddr(), why);
      audit.loginFailed(PRINCIPAL, CHANNEL, why, request.getRemoteAddr());
      problems
          .bearerUnauthorized(header == null ? CHALLENGE : CHALLENGE + ", error=\"invalid_token\"")
          .commence(request, response, null);
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            PRINCIPAL, null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }

  private boolean matches(String header) {
    if (header == null
        || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    // digests have one length whatever was sent: the comparison takes the same time for any token
    return MessageDigest.isEqual(expected, digest(header.substring(BEARER.length()).strip()));
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
