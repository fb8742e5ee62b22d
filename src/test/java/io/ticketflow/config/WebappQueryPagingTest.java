package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WebappQueryPagingTest {

  private final ProcessEngine engine = mock(ProcessEngine.class);
  private final ProcessEngineConfigurationImpl configuration =
      mock(ProcessEngineConfigurationImpl.class);

  @Test
  void anUnpagedQueryOfTheWebappsGetsTheLimitAsItsPageSize() throws Exception {
    HttpServletRequest passed =
        filtered(
            limit(2000),
            "/camunda/api/engine/engine/default/process-definition",
            "key=ticket-handling&sortBy=version&sortOrder=desc");

    assertThat(passed.getQueryString())
        .isEqualTo("key=ticket-handling&sortBy=version&sortOrder=desc&maxResults=2000");
    assertThat(passed.getParameter("maxResults")).isEqualTo("2000");
    assertThat(passed.getParameterMap()).containsKeys("key", "maxResults");
    assertThat(passed.getParameter("key")).isEqualTo("ticket-handling");
  }

  @Test
  void aQueryWithoutParametersGetsOnlyThePageSize() throws Exception {
    HttpServletRequest passed =
        filtered(limit(500), "/camunda/api/engine/engine/default/decision-definition", null);

    assertThat(passed.getQueryString()).isEqualTo("maxResults=500");
  }

  @Test
  void aPageSizeTheCallerChoseIsLeftAsItIs() throws Exception {
    HttpServletRequest passed =
        filtered(
            limit(2000), "/camunda/api/engine/engine/default/task", "firstResult=0&maxResults=15");

    assertThat(passed.getQueryString()).isEqualTo("firstResult=0&maxResults=15");
    assertThat(WebappQueryPaging.names("maxResults=5000")).isTrue();
    assertThat(WebappQueryPaging.names("a=1&maxResults")).isTrue();
    assertThat(WebappQueryPaging.names("notmaxResults=1")).isFalse();
  }

  @Test
  void engineRestCallersKeepTheLimitAsItIs() throws Exception {
    HttpServletRequest passed =
        filtered(limit(2000), "/engine-rest/process-definition", "key=ticket-handling");

    assertThat(passed.getQueryString()).isEqualTo("key=ticket-handling");
    assertThat(passed.getParameter("maxResults")).isNull();
  }

  @Test
  void withoutALimitNothingChanges() throws Exception {
    HttpServletRequest passed =
        filtered(
            limit(Integer.MAX_VALUE),
            "/camunda/api/engine/engine/default/process-definition",
            "key=ticket-handling");

    assertThat(passed.getQueryString()).isEqualTo("key=ticket-handling");
  }

  private WebappQueryPaging limit(int limit) {
    when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
    when(configuration.getQueryMaxResultsLimit()).thenReturn(limit);
    return new WebappQueryPaging(engine);
  }

  private static HttpServletRequest filtered(WebappQueryPaging filter, String path, String query)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRequestURI(path);
    request.setQueryString(query);
    if (query != null) {
      for (String pair : query.split("&")) {
        String[] parts = pair.split("=", 2);
        request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
      }
    }
    AtomicReference<HttpServletRequest> passed = new AtomicReference<>();
    filter.doFilter(
        request, new MockHttpServletResponse(), (req, res) -> passed.set((HttpServletRequest) req));
    return passed.get();
  }
}
