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

  @Test
  void savedFiltersMayHoldOnlyTheRelativeTimes() {
    TaskQueryImpl dueSoon = new TaskQueryImpl();
    dueSoon.taskCandidateGroup("tier1").dueBeforeExpression("${dateTime().plusHours(1)}");
    assertThatCode(
            () ->
                QueryExpressionGuard.refuseExpressions(
                    dueSoon, QueryExpressionGuard.STORED_EXPRESSIONS))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> QueryExpressionGuard.refuseExpressions(dueSoon))
        .isInstanceOf(BadUserRequestException.class);

    TaskQueryImpl beans = new TaskQueryImpl();
    beans.dueBeforeExpression("${dateTime().plusHours(1)}").taskAssigneeExpression("${bean.x()}");
    assertThatThrownBy(
            () ->
                QueryExpressionGuard.refuseExpressions(
                    beans, QueryExpressionGuard.STORED_EXPRESSIONS))
        .isInstanceOf(BadUserRequestException.class);

    TaskQueryImpl hidden = new TaskQueryImpl();
    hidden.or().dueAfterExpression("${now()}").followUpBeforeExpression("${true}").endOr();
    assertThatThrownBy(
            () ->
                QueryExpressionGuard.refuseExpressions(
                    hidden, QueryExpressionGuard.STORED_EXPRESSIONS))
        .isInstanceOf(BadUserRequestException.class);
  }
}
