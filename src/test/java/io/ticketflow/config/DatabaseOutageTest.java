package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

  static final SQLTransientConnectionException POOL_TIMEOUT =
      new SQLTransientConnectionException(
          "HikariPool-1 - Connection is not available, request timed out after 5000ms.",
          "08001",
          new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));

  @Test
  void connectionFailuresAnywhereInTheChainAreAnOutage() {
    assertThat(DatabaseOutage.causedBy(POOL_TIMEOUT)).isTrue();
    assertThat(
            DatabaseOutage.causedBy(
                new CannotCreateTransactionException("Could not open JPA EntityManager")))
        .isTrue();
    assertThat(
            DatabaseOutage.causedBy(
                new ProcessEngineException(
                    "ENGINE-03004 Exception while executing Database Operation",
                    new RuntimeException("wrapped", POOL_TIMEOUT))))
        .isTrue();
    // terminated by the administrator: a fast stop of the server
    assertThat(
            DatabaseOutage.causedBy(
                new RuntimeException(
                    new SQLException(
                        "terminating connection due to administrator command", "57P01"))))
        .isTrue();
    // the rollback of a transaction whose connection the server ended
    assertThat(
            DatabaseOutage.causedBy(
                new RuntimeException(
                    "Unable to rollback against JDBC Connection",
                    new SQLException("Connection is closed"))))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNotAnOutage() {
    assertThat(
            DatabaseOutage.causedBy(
                new DataIntegrityViolationException(
                    "duplicate", new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("syntax", "42601"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseOutage.causedBy(null)).isFalse();
  }

  @Test
  void aCauseChainWithALoopEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    assertThat(DatabaseOutage.causedBy(first)).isFalse();
  }

  @Test
  void theFilterAnswersAnOutage503WithRetryAfter() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain chain = failingChain(new RuntimeException("authentication", POOL_TIMEOUT));

    new DatabaseOutageFilter(new ObjectMapper())
        .doFilter(new MockHttpServletRequest("POST", "/api/tickets"), response, chain);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString())
        .contains("\"title\":\"Service temporarily unavailable\"", "\"status\":503")
        .doesNotContain("Hikari", "127.0.0.1");
  }

  @Test
  void theFilterLeavesEveryOtherFailureAlone() throws Exception {
    DatabaseOutageFilter filter = new DatabaseOutageFilter(new ObjectMapper());
    IllegalStateException bug = new IllegalStateException("bug");

    assertThatThrownBy(
            () ->
                filter.doFilter(
                    new MockHttpServletRequest("GET", "/api/tickets"),
                    new MockHttpServletResponse(),
                    failingChain(bug)))
        .isSameAs(bug);
  }

  @Test
  void aResponseAlreadyOnItsWayIsNotRewritten() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.setCommitted(true);
    RuntimeException outage = new RuntimeException(POOL_TIMEOUT);

    assertThatThrownBy(
            () ->
                new DatabaseOutageFilter(new ObjectMapper())
                    .doFilter(
                        new MockHttpServletRequest("GET", "/api/tickets"),
                        response,
                        failingChain(outage)))
        .isSameAs(outage);
  }

  @Test
  void theEngineRestApiAnswersAnOutage503() {
    Response response =
        new EngineRestConfig.RefusedValueMapper()
            .toResponse(new ProcessEngineException("query failed", POOL_TIMEOUT));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("10");
    assertThat(((ExceptionDto) response.getEntity()).getType()).isEqualTo("DatabaseUnavailable");
  }

  private static FilterChain failingChain(RuntimeException failure)
      throws IOException, ServletException {
    FilterChain chain = mock(FilterChain.class);
    doThrow(failure).when(chain).doFilter(any(ServletRequest.class), any(ServletResponse.class));
    return chain;
  }
}
