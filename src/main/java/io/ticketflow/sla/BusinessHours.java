package io.ticketflow.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which dates are working days on the business-hours calendar, and when they open and close. */
final class BusinessHours {

  /** One working day's open time, as instants: local hours in the zone, DST included. */
  record Shift(Instant open, Instant close) {}

  private final ZoneId zone;
  private final WorkingHours regular;
  private final Map<DayOfWeek, WorkingHours> byWeekday = new EnumMap<>(DayOfWeek.class);
  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> makeUpDays = new HashSet<>();

  private BusinessHours(
      ZoneId zone,
      WorkingHours regular,
      Map<DayOfWeek, WorkingHours> byWeekday,
      Set<LocalDate> holidays,
      Set<LocalDate> makeUpDays) {
    this.zone = zone;
    this.regular = regular;
    this.byWeekday.putAll(byWeekday);
    this.holidays.addAll(holidays);
    this.makeUpDays.addAll(makeUpDays);
  }

  /** The calendar of the properties together with the dates of the holiday file. */
  static BusinessHours of(SlaProperties properties, HolidayFile file) {
    WorkingHours regular = new WorkingHours(properties.workdayStart(), properties.workdayEnd());
    Map<DayOfWeek, WorkingHours> byWeekday = new EnumMap<>(DayOfWeek.class);
    properties.workingDays().forEach(day -> byWeekday.put(day, regular));
    byWeekday.putAll(properties.weekdayHours());
    Set<LocalDate> holidays = new TreeSet<>(properties.holidays());
    holidays.addAll(file.holidayDates());
    Set<LocalDate> makeUpDays = new TreeSet<>(properties.makeUpDays());
    makeUpDays.addAll(file.makeUpDates());
    Set<LocalDate> both = new TreeSet<>(holidays);
    both.retainAll(makeUpDays);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          SlaProperties.PREFIX
              + ": dates both holidays and make-up days (holidays, make-up-days, holiday-file): "
              + both);
    }
    return new BusinessHours(properties.zone(), regular, byWeekday, holidays, makeUpDays);
  }

  ZoneId zone() {
    return zone;
  }

  /** The working time on {@code date}, or empty on a day off. */
  Optional<Shift> shiftOn(LocalDate date) {
    return hoursOn(date)
        .map(
            hours ->
                new Shift(
                    date.atTime(hours.start()).atZone(zone).toInstant(),
                    date.atTime(hours.end()).atZone(zone).toInstant()));
  }

  private Optional<WorkingHours> hoursOn(LocalDate date) {
    if (holidays.contains(date)) {
      return Optional.empty();
    }
    if (makeUpDays.contains(date)) {
      return Optional.of(regular);
    }
    return Optional.ofNullable(byWeekday.get(date.getDayOfWeek()));
  }
}
