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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;

class SlaCalendarsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
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

  @Test
  void saturdayWithHoursOfItsOwnCountsOnlyThoseHours() {
    SlaCalendars withSaturdayMornings =
        new SlaCalendars(
            new SlaProperties(
                SHANGHAI,
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Map.of(
                    DayOfWeek.SATURDAY, new WorkingHours(LocalTime.of(9, 0), LocalTime.of(12, 0))),
                List.of(),
                List.of(),
                SlaProperties.NO_HOLIDAY_FILE));
    // Friday 17:00 + 2 h: one hour on Friday, one on Saturday morning
    assertThat(
            withSaturdayMornings.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 20, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 11, 21, 10, 0));
    // Friday 17:00 + 5 h: 1 h Friday, 3 h Saturday, 1 h Monday
    assertThat(
            withSaturdayMornings.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 20, 17, 0), Duration.ofHours(5)))
        .isEqualTo(at(2026, 11, 23, 10, 0));
  }

  @Test
  void weekdayWithShorterHoursClosesEarly() {
    SlaCalendars withShortFridays =
        new SlaCalendars(
            new SlaProperties(
                SHANGHAI,
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Map.of(DayOfWeek.FRIDAY, new WorkingHours(LocalTime.of(9, 0), LocalTime.of(15, 0))),
                List.of(),
                List.of(),
                SlaProperties.NO_HOLIDAY_FILE));
    // Friday 14:00 + 2 h: one hour until 15:00, one on Monday
    assertThat(
            withShortFridays.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 20, 14, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 11, 23, 10, 0));
  }

  @Test
  void makeUpSaturdayIsAFullWorkingDay() {
    SlaCalendars withMakeUpSaturday =
        new SlaCalendars(
            new SlaProperties(
                SHANGHAI,
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Map.of(),
                List.of(),
                List.of(LocalDate.of(2026, 10, 10)),
                SlaProperties.NO_HOLIDAY_FILE));
    // Friday 9 October 17:00 + 2 h: Saturday 10 October is a working day
    assertThat(
            withMakeUpSaturday.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 10, 9, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 10, 10, 10, 0));
  }

  @Test
  void makeUpDayWorksRegularHoursEvenWhenItsWeekdayHasHoursOfItsOwn() {
    SlaCalendars calendar =
        new SlaCalendars(
            new SlaProperties(
                SHANGHAI,
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Map.of(
                    DayOfWeek.SATURDAY, new WorkingHours(LocalTime.of(9, 0), LocalTime.of(12, 0))),
                List.of(),
                List.of(LocalDate.of(2026, 10, 10)),
                SlaProperties.NO_HOLIDAY_FILE));
    assertThat(
            calendar.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 10, 10, 9, 0), Duration.ofHours(8)))
        .isEqualTo(at(2026, 10, 10, 17, 0));
  }

  @Test
  void holidayOnADayWithHoursOfItsOwnIsStillADayOff() {
    SlaCalendars calendar =
        new SlaCalendars(
            new SlaProperties(
                SHANGHAI,
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Map.of(
                    DayOfWeek.SATURDAY, new WorkingHours(LocalTime.of(9, 0), LocalTime.of(12, 0))),
                List.of(LocalDate.of(2026, 10, 3)),
                List.of(),
                SlaProperties.NO_HOLIDAY_FILE));
    // Friday 2 October 17:00 + 2 h: Saturday 3 October is a holiday
    assertThat(
            calendar.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 10, 2, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 10, 5, 10, 0));
  }

  @Test
  void shippedChinaCalendarSkipsNationalDayAndWorksTheMakeUpDays() {
    SlaCalendars china =
        new SlaCalendars(
            new SlaProperties(
                SHANGHAI,
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Map.of(),
                List.of(),
                List.of(),
                SlaProperties.DEFAULT_HOLIDAY_FILE));
    // Wednesday 30 September 17:00 + 2 h: 1–7 October are holidays, Thursday 8 October works
    assertThat(
            china.dueAt(SlaCalendars.BUSINESS_HOURS, at(2026, 9, 30, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 10, 8, 10, 0));
    // Friday 9 October 17:00 + 2 h: Saturday 10 October is a make-up working day
    assertThat(
            china.dueAt(SlaCalendars.BUSINESS_HOURS, at(2026, 10, 9, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 10, 10, 10, 0));
    // Saturday 19 September 10:00 + 1 h: Sunday 20 September is a make-up working day
    assertThat(
            china.dueAt(SlaCalendars.BUSINESS_HOURS, at(2026, 9, 19, 10, 0), Duration.ofHours(1)))
        .isEqualTo(at(2026, 9, 20, 10, 0));
  }

  @Test
  void berlinWorkingDayAfterTheMarchSwitchKeepsItsLocalHours() {
    SlaCalendars berlin = new SlaCalendars(weekdays9To18(BERLIN));
    // Friday 27 March 17:00 CET + 2 h: clocks go forward on Sunday 29 March; Monday 10:00 CEST
    Instant due =
        berlin.dueAt(
            SlaCalendars.BUSINESS_HOURS, at(BERLIN, 2026, 3, 27, 17, 0), Duration.ofHours(2));
    assertThat(due)
        .isEqualTo(at(BERLIN, 2026, 3, 30, 10, 0))
        .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    assertThat(
            berlin.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(BERLIN, 2026, 3, 30, 9, 0), Duration.ofHours(9)))
        .isEqualTo(Instant.parse("2026-03-30T16:00:00Z"));
  }

  @Test
  void berlinWorkingDayAfterTheOctoberSwitchKeepsItsLocalHours() {
    SlaCalendars berlin = new SlaCalendars(weekdays9To18(BERLIN));
    // Friday 23 October 17:00 CEST + 2 h: clocks go back on Sunday 25 October; Monday 10:00 CET
    Instant due =
        berlin.dueAt(
            SlaCalendars.BUSINESS_HOURS, at(BERLIN, 2026, 10, 23, 17, 0), Duration.ofHours(2));
    assertThat(due)
        .isEqualTo(at(BERLIN, 2026, 10, 26, 10, 0))
        .isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
    assertThat(
            berlin.dueAt(
                SlaCalendars.BUSINESS_HOURS, at(BERLIN, 2026, 10, 26, 9, 0), Duration.ofHours(9)))
        .isEqualTo(Instant.parse("2026-10-26T17:00:00Z"));
  }

  @Test
  void roundTheClockCountsElapsedTimeAcrossTheSwitch() {
    SlaCalendars berlin = new SlaCalendars(weekdays9To18(BERLIN));
    // Saturday 28 March 12:00 CET + 24 h = Sunday 29 March 13:00 CEST: a day of 23 hours
    assertThat(
            berlin.dueAt(
                SlaCalendars.ROUND_THE_CLOCK, at(BERLIN, 2026, 3, 28, 12, 0), Duration.ofHours(24)))
        .isEqualTo(at(BERLIN, 2026, 3, 29, 13, 0));
  }

  @Test
  void warningIsDueWhenEightyPercentOfTheTargetHasPassed() {
    assertThat(
            calendars.warningAt(
                SlaCalendars.ROUND_THE_CLOCK, at(2026, 11, 23, 10, 0), Duration.ofMinutes(30), 0.8))
        .isEqualTo(at(2026, 11, 23, 10, 24));
    // Friday 14:00 + 80 % of 8 working hours (6 h 24 min): 4 h on Friday, 2 h 24 min on Monday
    assertThat(
            calendars.warningAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 20, 14, 0), Duration.ofHours(8), 0.8))
        .isEqualTo(at(2026, 11, 23, 11, 24));
  }

  @Test
  void warningUsesTheConfiguredFractionByDefault() {
    assertThat(calendars.warningFraction()).isEqualTo(0.8);
    assertThat(
            calendars.warningAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 20, 14, 0), Duration.ofHours(8)))
        .isEqualTo(at(2026, 11, 23, 11, 24));
    SlaCalendars halfway =
        new SlaCalendars(
            WEEKDAYS_9_TO_18, new SlaWarningProperties(0.5), new DefaultResourceLoader());
    assertThat(
            halfway.warningAt(
                SlaCalendars.BUSINESS_HOURS, at(2026, 11, 20, 14, 0), Duration.ofHours(8)))
        .isEqualTo(at(2026, 11, 20, 18, 0));
  }

  @Test
  void warningKeepsSubSecondPrecision() {
    assertThat(
            calendars.warningAt(
                SlaCalendars.ROUND_THE_CLOCK, Instant.EPOCH, Duration.ofSeconds(1), 1.0 / 3))
        .isEqualTo(Instant.EPOCH.plusNanos(333_333_333));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.2, 1.5, Double.NaN})
  void warningFractionOutsideZeroToOneIsRefused(double fraction) {
    assertThatThrownBy(
            () ->
                calendars.warningAt(
                    SlaCalendars.BUSINESS_HOURS, Instant.EPOCH, Duration.ofHours(1), fraction))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 1");
  }

  @Test
  void negativeTargetIsRefused() {
    assertThatThrownBy(
            () -> calendars.dueAt(SlaCalendars.BUSINESS_HOURS, Instant.EPOCH, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void calendarWithoutAnyWorkingDayIsReportedRatherThanSearchedForever() {
    SlaCalendars never =
        new SlaCalendars(
            new SlaProperties(
                SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(), List.of()));
    assertThatThrownBy(
            () -> never.dueAt(SlaCalendars.BUSINESS_HOURS, Instant.EPOCH, Duration.ofHours(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no working time");
  }

  @Test
  void targetOfZeroOutsideWorkingTimeIsDueAtTheNextOpening() {
    assertThat(calendars.dueAt(SlaCalendars.BUSINESS_HOURS, at(2026, 11, 21, 10, 0), Duration.ZERO))
        .isEqualTo(at(2026, 11, 23, 9, 0));
  }

  @Test
  void unknownCalendarIsRefusedEverywhere() {
    assertThatThrownBy(() -> calendars.workingTimeBetween("lunar", Instant.EPOCH, Instant.EPOCH))
        .isInstanceOf(UnknownCalendarException.class);
    assertThatThrownBy(() -> calendars.warningAt("lunar", Instant.EPOCH, Duration.ofHours(1), 0.8))
        .isInstanceOf(UnknownCalendarException.class);
  }

  private static SlaProperties weekdays9To18(ZoneId zone) {
    return new SlaProperties(
        zone,
        LocalTime.of(9, 0),
        LocalTime.of(18, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        List.of());
  }

  private static Instant at(ZoneId zone, int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }
}
