package io.ticketflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.ticketflow.process.ProcessModel.MonthlyReport;
import io.ticketflow.report.ReportProperties;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scope test of {@code monthly-report}: the timer reads its cron from the settings and reports on
 * the month before; a manager starts it for any month; either way the report is computed, then the
 * managers are told.
 */
@org.camunda.bpm.engine.test.Deployment(resources = "bpmn/monthly-report.bpmn")
class MonthlyReportProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  private final JavaDelegate computeReport = mock(JavaDelegate.class);
  private final JavaDelegate notifyManagers = mock(JavaDelegate.class);
  private final Map<String, Object> seenByCompute = new HashMap<>();

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(extension.getProcessEngine());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              seenByCompute.putAll(execution.getVariables());
              Object month = execution.getVariable(MonthlyReport.REPORT_MONTH);
              String reported = month == null ? "2026-10" : month.toString();
              execution.setVariable(MonthlyReport.REPORT_MONTH, reported);
              execution.setProcessBusinessKey(reported);
              return null;
            })
        .when(computeReport)
        .execute(any());
    Mocks.register(MonthlyReport.COMPUTE_REPORT_BEAN, computeReport);
    Mocks.register(MonthlyReport.NOTIFY_MANAGERS_BEAN, notifyManagers);
    Mocks.register(
        MonthlyReport.SCHEDULE_BEAN,
        new ReportSchedule(new ReportProperties("0 0 8 1 * ?", "managers")));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void timerOnTheFirstOfTheMonthReportsOnTheMonthBefore() throws Exception {
    Job timer = managementService().createJobQuery().timers().singleResult();
    LocalDateTime due =
        LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    Assertions.assertThat(due.getDayOfMonth()).isEqualTo(1);
    Assertions.assertThat(due.getHour()).isEqualTo(8);
    Assertions.assertThat(due.getMinute()).isZero();

    managementService().executeJob(timer.getId());

    HistoricProcessInstance instance =
        historyService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(MonthlyReport.KEY)
            .singleResult();
    Assertions.assertThat(instance.getBusinessKey()).isEqualTo("2026-10");
    Assertions.assertThat(instance.getStartActivityId()).isEqualTo(MonthlyReport.MONTH_STARTED);
    Assertions.assertThat(seenByCompute).doesNotContainKey(MonthlyReport.REPORT_MONTH);
    verify(notifyManagers).execute(any());
    // the next month's timer is waiting
    Assertions.assertThat(managementService().createJobQuery().timers().count()).isEqualTo(1);
  }

  @Test
  void managerStartsTheReportOfAnyMonth() throws Exception {
    ProcessInstance instance =
        runtimeService()
            .startProcessInstanceByMessage(
                MonthlyReport.REQUESTED_MESSAGE,
                "2025-03",
                Map.of(MonthlyReport.REPORT_MONTH, "2025-03"));

    assertThat(instance)
        .hasPassedInOrder(
            MonthlyReport.REPORT_REQUESTED,
            MonthlyReport.MERGE,
            MonthlyReport.COMPUTE_REPORT,
            MonthlyReport.NOTIFY_MANAGERS,
            MonthlyReport.REPORT_SENT)
        .isEnded()
        .variables()
        .containsEntry(MonthlyReport.REPORT_MONTH, "2025-03");
    Assertions.assertThat(seenByCompute).containsEntry(MonthlyReport.REPORT_MONTH, "2025-03");
    verify(notifyManagers).execute(any());
  }
}
