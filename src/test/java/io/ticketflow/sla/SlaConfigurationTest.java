package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The SLA settings as Spring binds them from {@code application.yaml}, defaults and refusals. */
class SlaConfigurationTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({SlaProperties.class, SlaWarningProperties.class})
  @Import(SlaCalendars.class)
  static class SlaOnly {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(SlaOnly.class);

  @Test
  void withoutSettingsTheCalendarIsWeekdaysNineToSixInShanghaiWithTheChinaHolidayFile() {
    context.run(
        app -> {
          assertThat(app).hasNotFailed();
          SlaProperties hours = app.getBean(SlaProperties.class);
          assertThat(hours.zone()).isEqualTo(SHANGHAI);
          assertThat(hours.workdayStart()).isEqualTo(LocalTime.of(9, 0));
          assertThat(hours.workdayEnd()).isEqualTo(LocalTime.of(18, 0));
          assertThat(hours.workingDays())
              .containsExactlyInAnyOrder(
                  DayOfWeek.MONDAY,
                  DayOfWeek.TUESDAY,
                  DayOfWeek.WEDNESDAY,
                  DayOfWeek.THURSDAY,
                  DayOfWeek.FRIDAY);
          assertThat(hours.weekdayHours()).isEmpty();
          assertThat(hours.holidays()).isEmpty();
          assertThat(hours.makeUpDays()).isEmpty();
          assertThat(hours.holidayFile()).isEqualTo(SlaProperties.DEFAULT_HOLIDAY_FILE);
          SlaCalendars calendars = app.getBean(SlaCalendars.class);
          assertThat(calendars.warningFraction()).isEqualTo(0.8);
          // the holiday file is in use: 1–7 October 2026 are off
          assertThat(
                  calendars.dueAt(
                      SlaCalendars.BUSINESS_HOURS, at(2026, 9, 30, 17, 0), Duration.ofHours(2)))
              .isEqualTo(at(2026, 10, 8, 10, 0));
        });
  }

  @Test
  void weekdayHoursMakeUpDaysAndFractionAreBoundFromProperties() {
    context
        .withPropertyValues(
            "ticketflow.sla.warning-fraction=0.75",
            "ticketflow.sla.business-hours.zone=Europe/Berlin",
            "ticketflow.sla.business-hours.weekday-hours.saturday.start=09:00",
            "ticketflow.sla.business-hours.weekday-hours.saturday.end=12:00",
            "ticketflow.sla.business-hours.holidays=2026-12-24,2026-12-31",
            "ticketflow.sla.business-hours.make-up-days=2026-12-27",
            "ticketflow.sla.business-hours.holiday-file=")
        .run(
            app -> {
              assertThat(app).hasNotFailed();
              SlaProperties hours = app.getBean(SlaProperties.class);
              assertThat(hours.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
              assertThat(hours.weekdayHours())
                  .containsEntry(
                      DayOfWeek.SATURDAY,
                      new WorkingHours(LocalTime.of(9, 0), LocalTime.of(12, 0)));
              assertThat(hours.holidays())
                  .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
              assertThat(hours.makeUpDays()).containsExactly(LocalDate.of(2026, 12, 27));
              assertThat(hours.holidayFile()).isEqualTo(SlaProperties.NO_HOLIDAY_FILE);
              assertThat(app.getBean(SlaCalendars.class).warningFraction()).isEqualTo(0.75);
            });
  }

  @Test
  void warningFractionOfOneIsRefusedAtStartup() {
    context
        .withPropertyValues("ticketflow.sla.warning-fraction=1")
        .run(
            app ->
                assertThat(app)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("ticketflow.sla.warning-fraction")
                    .hasMessageContaining("between 0 and 1"));
  }

  @Test
  void warningFractionOfZeroIsRefusedAtStartup() {
    context
        .withPropertyValues("ticketflow.sla.warning-fraction=0")
        .run(
            app ->
                assertThat(app).getFailure().rootCause().hasMessageContaining("between 0 and 1"));
  }

  @Test
  void closingBeforeOpeningOnAWeekdayIsRefusedAtStartup() {
    context
        .withPropertyValues(
            "ticketflow.sla.business-hours.weekday-hours.saturday.start=12:00",
            "ticketflow.sla.business-hours.weekday-hours.saturday.end=09:00")
        .run(
            app ->
                assertThat(app)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("must end after they start"));
  }

  @Test
  void dateThatIsBothHolidayAndMakeUpDayIsRefusedAtStartup() {
    context
        .withPropertyValues(
            "ticketflow.sla.business-hours.holidays=2026-12-24",
            "ticketflow.sla.business-hours.make-up-days=2026-12-24")
        .run(
            app ->
                assertThat(app)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("both in holidays and in make-up-days")
                    .hasMessageContaining("2026-12-24"));
  }

  @Test
  void missingHolidayFileIsRefusedAtStartup() {
    context
        .withPropertyValues(
            "ticketflow.sla.business-hours.holiday-file=classpath:calendar/holidays-xx-1999.yaml")
        .run(
            app ->
                assertThat(app)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("holidays-xx-1999.yaml does not exist"));
  }

  @Test
  void emptyWorkingWeekIsRefusedAtStartup() {
    context
        .withPropertyValues("ticketflow.sla.business-hours.working-days=")
        .run(
            app ->
                assertThat(app)
                    .getFailure()
                    .hasStackTraceContaining("workingDays")
                    .hasStackTraceContaining("must not be empty"));
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }
}
