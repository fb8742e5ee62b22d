package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.process.WorkFormContext;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class WorkFormVariablesFilterTest {

  @Test
  void theFormVariablesOfATaskAreRecognisedOnEveryEngineApi() {
    assertThat(WorkFormVariablesFilter.taskId(get("/engine-rest/task/t1/form-variables")))
        .contains("t1");
    assertThat(
            WorkFormVariablesFilter.taskId(
                get("/engine-rest/engine/default/task/t2/form-variables")))
        .contains("t2");
    assertThat(
            WorkFormVariablesFilter.taskId(
                get("/camunda/api/engine/engine/default/task/t3/form-variables")))
        .contains("t3");
    assertThat(WorkFormVariablesFilter.taskId(get("/engine-rest/task/t1/variables"))).isEmpty();
    assertThat(WorkFormVariablesFilter.taskId(get("/api/tickets/t1/form-variables"))).isEmpty();
  }

  @Test
  void everyContextVariableUnlessTheCallerNamesSome() {
    assertThat(WorkFormVariablesFilter.wanted(null)).isEqualTo(WorkFormContext.NAMES);
    assertThat(WorkFormVariablesFilter.wanted(""))
        .contains(Vars.TICKET_TITLE, Vars.RECENT_COMMENTS, Vars.ARTICLE_OPTIONS);
    assertThat(WorkFormVariablesFilter.wanted("outcome, ticketTitle,replyTemplateOptions"))
        .containsExactly(Vars.TICKET_TITLE, Vars.REPLY_TEMPLATE_OPTIONS);
    assertThat(WorkFormVariablesFilter.wanted("outcome")).isEmpty();
  }

  private static MockHttpServletRequest get(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRequestURI(path);
    return request;
  }
}
