package io.ticketflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a request that fails because the database is out of reach anywhere in the
 * chain (checking a password in the security filters, say, before any controller runs) is answered
 * with a {@code 503} problem and {@code Retry-After} instead of the container's 500.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  private final ObjectMapper json;

  public DatabaseOutageFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
        throw failure;
      }
      LOG.warn(
          "Database out of reach, answered 503: {} {} ({})",
          request.getMethod(),
          request.getRequestURI(),
          failure.toString());
      response.reset();
      write(response);
    }
  }

  void write(HttpServletResponse response) throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
    problem.setTitle(DatabaseOutage.TITLE);
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader(
        HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
