package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Random;
import org.junit.jupiter.api.Test;

class WorkingTimeBetweenTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime SIX_PM = LocalTime.of(18, 0);
  private static final LocalTime NOON = LocalTime.of(12, 0);
  private static final LocalDate NATIONAL_DAY_START = LocalDate.of(2026, 10, 1);
  private static final LocalDate NATIONAL_DAY_END = LocalDate.of(2026, 10, 7);
  private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 10, 10);

  /** Mon–Fri 09:00–18:00, Saturday 09:00–12:00, National Day off, one make-up Saturday. */
  private final SlaCalendars calendars =
      new SlaCalendars(
          new SlaProperties(
              SHANGHAI,
              NINE,
              SIX_PM,
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              Map.of(DayOfWeek.SATURDAY, new WorkingHours(NINE, NOON)),
              NATIONAL_DAY_START.datesUntil(NATIONAL_DAY_END.plusDays(1)).toList(),
              List.of(MAKE_UP_SATURDAY),
              SlaProperties.NO_HOLIDAY_FILE));

  @Test
  void roundTheClockIsThePlainDifference() {
    assertThat(
            calendars.workingTimeBetween(
                SlaCalendars.ROUND_THE_CLOCK, at(2026, 11, 20, 17, 0), at(2026, 11, 23, 10, 0)))
        .isEqualTo(Duration.ofHours(65));
  }

  @Test
  void withinOneWorkingDayIsThePlainDifference() {
    assertThat(business(at(2026, 11, 23, 10, 0), at(2026, 11, 23, 12, 30)))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void nightIsNotCounted() {
    // Monday 17:00 to Tuesday 10:00: one hour each day
    assertThat(business(at(2026, 11, 23, 17, 0), at(2026, 11, 24, 10, 0)))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void weekendCountsOnlySaturdayMorning() {
    // Friday 17:00 to Monday 10:00: 1 h Friday, 3 h Saturday, 1 h Monday
    assertThat(business(at(2026, 11, 20, 17, 0), at(2026, 11, 23, 10, 0)))
        .isEqualTo(Duration.ofHours(5));
  }

  @Test
  void waitEntirelyOutsideWorkingTimeCountsNothing() {
    assertThat(business(at(2026, 11, 21, 13, 0), at(2026, 11, 23, 8, 59))).isEqualTo(Duration.ZERO);
  }

  @Test
  void holidaysAreNotCountedAndTheMakeUpSaturdayCountsAFullDay() {
    // Wednesday 30 September 17:00 to Monday 12 October 10:00: 1 h on 30 September, 1–7 October
    // off, Thursday and Friday 9 h each, the make-up Saturday 9 h, 1 h on Monday
    assertThat(business(at(2026, 9, 30, 17, 0), at(2026, 10, 12, 10, 0)))
        .isEqualTo(Duration.ofHours(1 + 9 + 9 + 9 + 1));
  }

  @Test
  void toBeforeFromGivesTheNegatedWorkingTime() {
    assertThat(business(at(2026, 11, 23, 10, 0), at(2026, 11, 20, 17, 0)))
        .isEqualTo(Duration.ofHours(-5));
  }

  @Test
  void berlinWorkingDaysAroundBothSwitchesCountNineHoursEach() {
    SlaCalendars berlin =
        new SlaCalendars(
            new SlaProperties(
                BERLIN,
                NINE,
                SIX_PM,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of()));
    // Friday 27 March to Monday 30 March (CET to CEST): two full working days
    assertThat(
            berlin.workingTimeBetween(
                SlaCalendars.BUSINESS_HOURS,
                at(BERLIN, 2026, 3, 27, 0, 0),
                at(BERLIN, 2026, 3, 31, 0, 0)))
        .isEqualTo(Duration.ofHours(18));
    // Friday 23 October to Monday 26 October (CEST to CET)
    assertThat(
            berlin.workingTimeBetween(
                SlaCalendars.BUSINESS_HOURS,
                at(BERLIN, 2026, 10, 23, 0, 0),
                at(BERLIN, 2026, 10, 27, 0, 0)))
        .isEqualTo(Duration.ofHours(18));
  }

  @Test
  void hoursSpanningTheSwitchItselfCountTheTimeThatReallyPasses() {
    // A Sunday night shift 01:00–04:00 local: on 29 March 02:00–03:00 does not exist, on
    // 25 October 02:00–03:00 happens twice
    SlaCalendars nightShift =
        new SlaCalendars(
            new SlaProperties(
                BERLIN,
                NINE,
                SIX_PM,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Map.of(DayOfWeek.SUNDAY, new WorkingHours(LocalTime.of(1, 0), LocalTime.of(4, 0))),
                List.of(),
                List.of(),
                SlaProperties.NO_HOLIDAY_FILE));
    assertThat(
            nightShift.workingTimeBetween(
                SlaCalendars.BUSINESS_HOURS,
                at(BERLIN, 2026, 3, 29, 0, 0),
                at(BERLIN, 2026, 3, 29, 12, 0)))
        .isEqualTo(Duration.ofHours(2));
    assertThat(
            nightShift.workingTimeBetween(
                SlaCalendars.BUSINESS_HOURS,
                at(BERLIN, 2026, 10, 25, 0, 0),
                at(BERLIN, 2026, 10, 25, 12, 0)))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void dueAtUndoesWorkingTimeBetweenForEveryEndInsideWorkingTime() {
    Random random = new Random(20261001L);
    Instant first = at(2026, 9, 1, 0, 0);
    int checked = 0;
    for (int sample = 0; sample < 5_000; sample++) {
      Instant from = first.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
      Instant to = from.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
      if (insideWorkingTime(to)) {
        Duration worked = business(from, to);
        assertThat(calendars.dueAt(SlaCalendars.BUSINESS_HOURS, from, worked))
            .as("from %s to %s (%s working)", from, to, worked)
            .isEqualTo(to);
        checked++;
      }
    }
    assertThat(checked).as("samples that ended inside working time").isGreaterThan(500);
  }

  @Test
  void dueAtOfTheWorkingTimeUpToAnEndOutsideWorkingTimeIsTheLastClosing() {
    // Friday 17:00 to Sunday 15:00: the working time ends with Saturday's closing at 12:00
    Instant from = at(2026, 11, 20, 17, 0);
    Duration worked = business(from, at(2026, 11, 22, 15, 0));
    assertThat(calendars.dueAt(SlaCalendars.BUSINESS_HOURS, from, worked))
        .isEqualTo(at(2026, 11, 21, 12, 0));
  }

  @Test
  void workingTimeAddsUpOverConsecutiveIntervals() {
    Random random = new Random(7L);
    Instant first = at(2026, 9, 1, 0, 0);
    for (int sample = 0; sample < 1_000; sample++) {
      Instant a = first.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
      Instant b = a.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 10)));
      Instant c = b.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 10)));
      assertThat(business(a, b).plus(business(b, c))).isEqualTo(business(a, c));
    }
  }

  @Test
  void roundTheClockRoundTripIsExact() {
    Instant from = at(2026, 3, 28, 12, 0);
    Instant to = at(2026, 3, 30, 7, 45);
    assertThat(
            calendars.dueAt(
                SlaCalendars.ROUND_THE_CLOCK,
                from,
                calendars.workingTimeBetween(SlaCalendars.ROUND_THE_CLOCK, from, to)))
        .isEqualTo(to);
  }

  private Duration business(Instant from, Instant to) {
    return calendars.workingTimeBetween(SlaCalendars.BUSINESS_HOURS, from, to);
  }

  /** The test's own reading of the calendar: after an opening, up to and including the closing. */
  private static boolean insideWorkingTime(Instant instant) {
    ZonedDateTime local = instant.atZone(SHANGHAI);
    LocalDate date = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    boolean holiday = !date.isBefore(NATIONAL_DAY_START) && !date.isAfter(NATIONAL_DAY_END);
    LocalTime closing;
    if (holiday) {
      return false;
    } else if (date.equals(MAKE_UP_SATURDAY)) {
      closing = SIX_PM;
    } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
      closing = NOON;
    } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    } else {
      closing = SIX_PM;
    }
    return time.isAfter(NINE) && !time.isAfter(closing);
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return at(SHANGHAI, year, month, day, hour, minute);
  }

  private static Instant at(ZoneId zone, int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
  }
}
