package io.ticketflow.security;

import java.time.Duration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers of each entry point. Every answer carries HSTS (on HTTPS requests: browsers
 * ignore it over plain HTTP, and a proxy's {@code X-Forwarded-Proto: https} counts), nosniff, no
 * framing and no referrer beyond our origin. A JSON API answer may load nothing at all; pages that
 * need more set their own policy (the report page, the portal, the webapps' nonce policy).
 */
public final class SecurityHeaders {

  /** One year, the least that HSTS preload lists accept. */
  static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

  /** A JSON or CSV answer: nothing to load, run or frame. */
  static final String API_CSP =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** Swagger UI: its own scripts and styles, which include inline styles, and its API calls. */
  static final String API_DOCS_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** The engine REST API, the staff API, the portal API, actuator: a strict policy for JSON. */
  /**
   * The headers of an error answer written outside Spring Security's header writers (Tomcat's error
   * report, the {@code /error} page a rejected request is forwarded to): the API's strict policy,
   * no sniffing, no framing, no caching, and HSTS on HTTPS.
   */
  public static void onError(jakarta.servlet.http.HttpServletResponse response, boolean secure) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", API_CSP);
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
    if (secure) {
      response.setHeader(
          "Strict-Transport-Security",
          "max-age=" + HSTS_MAX_AGE.toSeconds() + "; includeSubDomains");
    }
  }

  public static Customizer<HeadersConfigurer<HttpSecurity>> api() {
    return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP));
  }

  /**
   * The staff API and the rest: the API's policy, except for Swagger UI's pages. Pages that set
   * their own policy (the monthly report) keep it.
   */
  public static Customizer<HeadersConfigurer<HttpSecurity>> apiWithDocs() {
    RequestMatcher docs = new OrRequestMatcher(path("/swagger-ui.html"), path("/swagger-ui/**"));
    return headers ->
        common(headers)
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    docs, new ContentSecurityPolicyHeaderWriter(API_DOCS_CSP)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    new NegatedRequestMatcher(docs),
                    new ContentSecurityPolicyHeaderWriter(API_CSP)));
  }

  /** HSTS, nosniff, no framing, referrer to our origin only; the chain adds its policy. */
  public static Customizer<HeadersConfigurer<HttpSecurity>> baseline() {
    return SecurityHeaders::common;
  }

  /**
   * The Camunda webapps: their own filter writes the content security policy (with the nonce of
   * each page), nosniff and the XSS header; this adds HSTS, frame and referrer headers and leaves
   * the webapps' caching of their static files alone.
   */
  public static Customizer<HeadersConfigurer<HttpSecurity>> webapps() {
    return headers -> common(headers).cacheControl(cache -> cache.disable());
  }

  private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
    return headers
        .httpStrictTransportSecurity(
            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()))
        .contentTypeOptions(Customizer.withDefaults())
        .frameOptions(frame -> frame.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }
}
