package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.sla.SlaCalendars;
import io.ticketflow.sla.SlaProperties;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timers in a real (in-memory) engine with the plugin: their due dates come from SlaCalendars. */
class SlaCalendarPluginTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String PROCESS_KEY = "sla-timer";
  private static final String CALENDAR_VARIABLE = "calendar";
  private static final String TARGET_VARIABLE = "target";

  /** Friday 20 November 2026, 17:00 in Shanghai: one working hour left in the week. */
  private static final Instant FRIDAY_17_00 = at(2026, 11, 20, 17, 0);

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(engineWithThePlugin()).build();

  private final List<String> deployments = new ArrayList<>();

  private static ProcessEngine engineWithThePlugin() {
    SlaCalendars calendars =
        new SlaCalendars(
            new SlaProperties(
                SHANGHAI,
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of()));
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("ticketflow-sla-calendar-test");
    configuration.setJdbcUrl("jdbc:h2:mem:ticketflow-sla-calendar-test;DB_CLOSE_DELAY=1000");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(
        new ArrayList<>(List.of(new SlaCalendarPlugin(calendars))));
    return configuration.buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.getProcessEngine().close();
  }

  @BeforeEach
  void fridayAtFive() {
    ClockUtil.setCurrentTime(Date.from(FRIDAY_17_00));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void businessHoursTimerOnFridayEveningIsDueOnMondayMorning() {
    startWithTimer("business-hours:PT2H", Map.of());

    assertThat(timer().getDuedate()).isEqualTo(Date.from(at(2026, 11, 23, 10, 0)));
  }

  @Test
  void plainIsoDurationStillCountsCalendarDays() {
    startWithTimer("P3D", Map.of());

    assertThat(timer().getDuedate()).isEqualTo(Date.from(at(2026, 11, 23, 17, 0)));
  }

  @Test
  void roundTheClockTimerAddsTheDurationAsIs() {
    startWithTimer("24x7:PT30M", Map.of());

    assertThat(timer().getDuedate()).isEqualTo(Date.from(at(2026, 11, 20, 17, 30)));
  }

  @Test
  void calendarAndTargetCanComeFromProcessVariables() {
    startWithTimer(
        "${" + CALENDAR_VARIABLE + "}:${" + TARGET_VARIABLE + "}",
        Map.of(CALENDAR_VARIABLE, SlaCalendars.BUSINESS_HOURS, TARGET_VARIABLE, "PT4H"));

    assertThat(timer().getDuedate()).isEqualTo(Date.from(at(2026, 11, 23, 12, 0)));
  }

  @Test
  void recalculatedDueDateCountsFromCreationOrFromNowAsAsked() {
    startWithTimer("business-hours:PT2H", Map.of());
    ClockUtil.setCurrentTime(Date.from(at(2026, 11, 23, 12, 0)));

    engine.getManagementService().recalculateJobDuedate(timer().getId(), true);
    assertThat(timer().getDuedate()).isEqualTo(Date.from(at(2026, 11, 23, 10, 0)));

    engine.getManagementService().recalculateJobDuedate(timer().getId(), false);
    assertThat(timer().getDuedate()).isEqualTo(Date.from(at(2026, 11, 23, 14, 0)));
  }

  @Test
  void timerFiresOnlyWhenItsWorkingTimeHasPassed() {
    startWithTimer("business-hours:PT2H", Map.of());

    ClockUtil.setCurrentTime(Date.from(at(2026, 11, 23, 9, 59)));
    assertThat(engine.getManagementService().createJobQuery().executable().count()).isZero();

    ClockUtil.setCurrentTime(Date.from(at(2026, 11, 23, 10, 0)));
    engine.getManagementService().executeJob(timer().getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void timeDateTimerStillUsesTheEnginesOwnCalendar() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS_KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .intermediateCatchEvent("TimerEvent_Wait")
            .timerWithDate("2026-11-24T08:00:00+08:00")
            .endEvent()
            .done();
    deploy(model);
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY);

    assertThat(timer().getDuedate()).isEqualTo(Date.from(at(2026, 11, 24, 8, 0)));
  }

  @Test
  void malformedDurationAfterACalendarNameIsRefused() {
    assertThatThrownBy(() -> startWithTimer("business-hours:two hours", Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("business-hours:two hours")
        .hasMessageContaining("ISO-8601");
  }

  @Test
  void unknownCalendarNameIsLeftToTheEnginesOwnParser() {
    assertThatThrownBy(() -> startWithTimer("lunar:PT2H", Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageNotContaining("<calendar>");
  }

  private void startWithTimer(String timeDuration, Map<String, Object> variables) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS_KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .intermediateCatchEvent("TimerEvent_Wait")
            .timerWithDuration(timeDuration)
            .endEvent()
            .done();
    deploy(model);
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  private void deploy(BpmnModelInstance model) {
    deployments.add(
        engine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance(PROCESS_KEY + ".bpmn", model)
            .deploy()
            .getId());
  }

  private static Job timer() {
    return engine.getManagementService().createJobQuery().timers().singleResult();
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }
}
