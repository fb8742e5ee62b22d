package io.ticketflow.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;

/**
 * The signed-in requester's session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS, sent only
 * to the portal API, and apart from the staff's sessions (the webapps' {@code JSESSIONID}).
 */
final class RequesterSessionCookie {

  static final String NAME = "ticketflow_requester";
  static final String PATH = "/api/portal";

  private RequesterSessionCookie() {}

  /** The cookie's value in {@code request}, if it carries one. */
  static Optional<String> of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(cookie -> NAME.equals(cookie.getName()))
        .map(Cookie::getValue)
        .filter(value -> value != null && !value.isBlank())
        .findFirst();
  }

  /** A cookie that carries {@code secret} for {@code lifetime}. */
  static ResponseCookie carrying(String secret, Duration lifetime, HttpServletRequest request) {
    return build(secret, lifetime, request);
  }

  /** A cookie that makes the browser forget the session's. */
  static ResponseCookie cleared(HttpServletRequest request) {
    return build("", Duration.ZERO, request);
  }

  private static ResponseCookie build(String value, Duration lifetime, HttpServletRequest request) {
    return ResponseCookie.from(NAME, value)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Strict")
        .path(PATH)
        .maxAge(lifetime)
        .build();
  }
}
