package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaCalendarsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final SlaProperties WEEKDAYS_9_TO_18 =
      new SlaProperties(
          SHANGHAI,
          LocalTime.of(9, 0),
          LocalTime.of(18, 0),
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          List.of(LocalDate.of(2026, 10, 1)));
  private final SlaCalendars calendars = new SlaCalendars(WEEKDAYS_9_TO_18);

  @Test
  void roundTheClockAddsTheTargetAsIs() {
    Instant start = at(2026, 11, 21, 23, 50); // a Saturday night
    assertThat(calendars.dueAt(SlaCalendars.ROUND_THE_CLOCK, start, Duration.ofMinutes(30)))
        .isEqualTo(at(2026, 11, 22, 0, 20));
  }

  @Test
  void businessHoursWithinOneWorkingDay() {
    assertThat(
            calendars.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 23, 10, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 11, 23, 12, 0));
  }

  @Test
  void businessHoursCarryOverNightIntoTheNextMorning() {
    assertThat(
            calendars.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 23, 16, 0), Duration.ofHours(4)))
        .isEqualTo(at(2026, 11, 24, 11, 0));
  }

  @Test
  void requestBeforeOpeningStartsCountingAtOpening() {
    assertThat(
            calendars.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 23, 7, 30), Duration.ofMinutes(30)))
        .isEqualTo(at(2026, 11, 23, 9, 30));
  }

  @Test
  void weekendIsSkipped() {
    // Friday 17:00 + 2 working hours = Monday 10:00
    assertThat(
            calendars.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 20, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 11, 23, 10, 0));
    // Sunday afternoon + 4 h = Monday 13:00
    assertThat(
            calendars.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 22, 14, 23), Duration.ofHours(4)))
        .isEqualTo(at(2026, 11, 23, 13, 0));
  }

  @Test
  void twentyFourWorkingHoursSpanThreeWorkingDays() {
    assertThat(
            calendars.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 22, 14, 23), Duration.ofHours(24)))
        .isEqualTo(at(2026, 11, 25, 15, 0));
  }

  @Test
  void holidayIsSkipped() {
    // Wednesday 30 September 17:00 + 2 h: 1 October is a holiday, so Friday 2 October 10:00
    assertThat(
            calendars.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 9, 30, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 10, 2, 10, 0));
  }

  @Test
  void targetEndingExactlyAtClosingIsDueAtClosing() {
    assertThat(
            calendars.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 23, 9, 0), Duration.ofHours(9)))
        .isEqualTo(at(2026, 11, 23, 18, 0));
  }

  @Test
  void unknownCalendarIsAConfigurationError() {
    assertThatThrownBy(() -> calendars.dueAt("lunar", Instant.EPOCH, Duration.ofHours(1)))
        .isInstanceOf(UnknownCalendarException.class)
        .hasMessageContaining("lunar");
  }

  @Test
  void closingBeforeOpeningIsRefused() {
    assertThatThrownBy(
            () ->
                new SlaProperties(
                    SHANGHAI,
                    LocalTime.of(18, 0),
                    LocalTime.of(9, 0),
                    EnumSet.of(DayOfWeek.MONDAY),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }
}
