package io.ticketflow.config;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

/**
 * Refuses queries that carry expressions anywhere, including nested or-queries, before the engine
 * runs them. Camunda 7.24.0 CE's own ad-hoc query check looks only at the top-level query, so a
 * JUEL expression hidden in {@code orQueries} (CVE-2026-109432) would be evaluated. Sitting in the
 * engine's command chain, this covers every entry point: {@code /engine-rest}, the webapps' engine
 * API and Java callers alike. It applies the engine's own switches: expressions in ad-hoc queries
 * and in stored (filter) queries are refused when those are disabled. Where stored queries may hold
 * expressions, a saved filter may hold only the relative times of {@link #STORED_EXPRESSIONS} (e.g.
 * "due within the next hour"), never an expression that reaches beans or the engine.
 */
public class QueryExpressionGuard extends CommandInterceptor {

  static final String REFUSED = "Expressions are not allowed in task queries, including or-queries";

  /** The only expressions a saved filter may hold when stored queries may hold any. */
  static final Set<String> STORED_EXPRESSIONS =
      Set.of("${now()}", "${dateTime()}", "${dateTime().plusHours(1)}");

  private final ProcessEngineConfigurationImpl configuration;

  public QueryExpressionGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!configuration.isEnableExpressionsInAdhocQueries()) {
      if (command instanceof AbstractQuery<?, ?> query) {
        refuseExpressions(query);
      } else if (command instanceof AbstractExecuteFilterCmd filterCommand) {
        refuseExpressions(extendingQuery(filterCommand));
      }
    }
    if (command instanceof SaveFilterCmd save) {
      refuseExpressions(
          savedFilter(save).getQuery(),
          configuration.isEnableExpressionsInStoredQueries() ? STORED_EXPRESSIONS : Set.of());
    }
    return next.execute(command);
  }

  static void refuseExpressions(Query<?, ?> query) {
    refuseExpressions(query, Set.of());
  }

  /** Refuses the query when it, or one of its or-queries, holds an expression not in allowed. */
  static void refuseExpressions(Query<?, ?> query, Set<String> allowed) {
    if (query instanceof AbstractQuery<?, ?> abstractQuery
        && hasOtherExpressions(abstractQuery.getExpressions(), allowed)) {
      throw new BadUserRequestException(REFUSED);
    }
    if (query instanceof TaskQueryImpl taskQuery && taskQuery.getQueries() != null) {
      for (TaskQueryImpl orQuery : taskQuery.getQueries()) {
        if (orQuery != taskQuery && hasOtherExpressions(orQuery.getExpressions(), allowed)) {
          throw new BadUserRequestException(REFUSED);
        }
      }
    }
  }

  private static boolean hasOtherExpressions(Map<String, String> expressions, Set<String> allowed) {
    return expressions != null && !allowed.containsAll(expressions.values());
  }

  private static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd command) {
    return (Query<?, ?>) read(AbstractExecuteFilterCmd.class, "extendingQuery", command);
  }

  private static Filter savedFilter(SaveFilterCmd command) {
    return (Filter) read(SaveFilterCmd.class, "filter", command);
  }

  private static Object read(Class<?> type, String name, Object target) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      // fail closed: a command we cannot inspect is not run
      throw new IllegalStateException(
          "Cannot inspect " + type.getSimpleName() + " for query expressions", e);
    }
  }
}
