package io.ticketflow.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the webapps' own queries live with the engine's query limit ({@code
 * query-max-results-limit}). Cockpit and Tasklist ask the webapps' engine API ({@code
 * /camunda/api/engine/engine/{name}/…}) for lists without a page size where they expect few rows:
 * the versions of one definition, the decisions, an instance's activities. The engine refuses every
 * such query by a signed-in user ("An unbound number of results is forbidden"), so the
 * process-definition page half failed. Here a call of the webapps' engine API that names no {@code
 * maxResults} gets the limit as its page size: the webapps see every row up to the limit, and none
 * of them can ask for more than the limit. Engine REST callers ({@code /engine-rest}) keep the rule
 * as it is and must page themselves.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 3)
public class WebappQueryPaging extends OncePerRequestFilter {

  /** The webapps' engine API of any engine, below the context path. */
  static final Pattern ENGINE_API = Pattern.compile("^/camunda/api/engine/engine/[^/]+/.+");

  static final String MAX_RESULTS = "maxResults";

  private static final Pattern NAMED = Pattern.compile("(?:^|&)maxResults(?:=|&|$)");

  private final ProcessEngine engine;

  public WebappQueryPaging(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The engine's limit; {@link Integer#MAX_VALUE} when none is set. */
  int limit() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getQueryMaxResultsLimit();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return limit() == Integer.MAX_VALUE
        || !ENGINE_API.matcher(path).matches()
        || names(request.getQueryString());
  }

  /** Whether the query string names {@code maxResults}; the body is never read for it. */
  static boolean names(String query) {
    return query != null && NAMED.matcher(query).find();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Paged(request, limit()), response);
  }

  /** The request with {@code maxResults} added to its query string and parameters. */
  static final class Paged extends HttpServletRequestWrapper {

    private final String limit;

    Paged(HttpServletRequest request, int limit) {
      super(request);
      this.limit = String.valueOf(limit);
    }

    @Override
    public String getQueryString() {
      String query = super.getQueryString();
      String added = MAX_RESULTS + "=" + limit;
      return query == null || query.isEmpty() ? added : query + "&" + added;
    }

    @Override
    public String getParameter(String name) {
      return MAX_RESULTS.equals(name) ? limit : super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
      parameters.put(MAX_RESULTS, new String[] {limit});
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return MAX_RESULTS.equals(name) ? new String[] {limit} : super.getParameterValues(name);
    }
  }
}
