package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history level on a real (in-memory) engine: paths, tasks and decisions kept, variables not.
 */
class HistoryWithoutVariablesTest {

  ProcessEngine engine;

  @BeforeEach
  void engine() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:history-level;DB_CLOSE_DELAY=-1");
    configuration.setHistory(HistoryWithoutVariables.NAME);
    configuration.setEnforceHistoryTimeToLive(false);
    configuration.setProcessEnginePlugins(List.of(new HistoryWithoutVariables()));
    engine = configuration.buildProcessEngine();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void recordsTheProcessTasksAndDecisionsButNoVariables() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("p").startEvent().userTask("Task_Work").endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("p.bpmn", model).deploy();

    String id =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("p", Map.of("requesterEmail", "zhang.san@example.com"))
            .getId();
    engine.getRuntimeService().setVariable(id, "priority", "P2");
    String task = engine.getTaskService().createTaskQuery().singleResult().getId();
    engine.getTaskService().complete(task, Map.of("outcome", "RESOLVED"));

    var history = engine.getHistoryService();
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getHistoryLevel()
                .getName())
        .isEqualTo("full-without-variables");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult())
        .satisfies(p -> assertThat(p.getEndTime()).isNotNull());
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).count())
        .isEqualTo(3);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(id).count())
        .isEqualTo(1);
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dmn/ticket-priority.dmn")
        .deploy();
    engine
        .getDecisionService()
        .evaluateDecisionTableByKey(
            "ticket-priority",
            Map.of("urgency", "URGENT", "impact", "ENTERPRISE", "category", "SYSTEM_FAULT"));
    assertThat(history.createHistoricDecisionInstanceQuery().includeInputs().list())
        .singleElement()
        .satisfies(d -> assertThat(d.getInputs()).isNotEmpty());
    assertThat(history.createHistoricVariableInstanceQuery().count()).isZero();
    assertThat(history.createHistoricDetailQuery().count()).isZero();
  }

  @Test
  void leavesOutOnlyTheVariableAndFormEvents() {
    assertThat(HistoryWithoutVariables.LEFT_OUT).hasSize(6);
    assertThat(
            HistoryWithoutVariables.LEVEL.isHistoryEventProduced(
                org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.DMN_DECISION_EVALUATE,
                null))
        .isTrue();
    assertThat(
            HistoryWithoutVariables.LEVEL.isHistoryEventProduced(
                org.camunda.bpm.engine.impl.history.event.HistoryEventTypes
                    .VARIABLE_INSTANCE_CREATE,
                null))
        .isFalse();
  }
}
