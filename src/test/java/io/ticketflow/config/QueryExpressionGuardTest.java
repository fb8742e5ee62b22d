package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

class QueryExpressionGuardTest {

  @Test
  void expressionInAnOrQueryIsRefused() {
    TaskQueryImpl query = new TaskQueryImpl();
    query.taskName("Work ticket").or().dueAfterExpression("${true}").endOr();
    assertThatThrownBy(() -> QueryExpressionGuard.refuseExpressions(query))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("or-queries");
  }

  @Test
  void expressionInTheMainQueryIsRefused() {
    TaskQueryImpl query = new TaskQueryImpl();
    query.taskAssigneeExpression("${currentUser()}");
    assertThatThrownBy(() -> QueryExpressionGuard.refuseExpressions(query))
        .isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void plainQueriesWithOrQueriesPass() {
    TaskQueryImpl query = new TaskQueryImpl();
    query.taskCandidateGroup("tier1").or().taskNameLike("%TS2026%").taskAssignee("mary").endOr();
    assertThatCode(() -> QueryExpressionGuard.refuseExpressions(query)).doesNotThrowAnyException();
  }
}
