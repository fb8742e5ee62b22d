package io.ticketflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Answers refused requests with RFC 9457 problem details instead of HTML or an empty body. */
@Component
public class ProblemResponses {

  private final ObjectMapper json;

  public ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  AuthenticationEntryPoint unauthorized() {
    return (request, response, exception) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ticketflow\"");
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          "Authentication required",
          "Sign in with a valid user name and password.");
    };
  }

  /** For callers that prove a bearer token (the Alertmanager webhook) rather than a user. */
  AuthenticationEntryPoint bearerUnauthorized(String challenge) {
    return (request, response, exception) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          "Authentication required",
          "Send the configured token as \"Authorization: Bearer <token>\".");
    };
  }

  /** For requests refused to everyone, signed in or not: 403 rather than a login challenge. */
  AuthenticationEntryPoint refused() {
    return (request, response, exception) ->
        write(response, HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");
  }

  AccessDeniedHandler forbidden() {
    return (request, response, exception) ->
        write(response, HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");
  }

  void write(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
