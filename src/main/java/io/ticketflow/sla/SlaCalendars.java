package io.ticketflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Computes SLA due times on the named calendars: {@code 24x7} or {@code business-hours}. */
@Service
public class SlaCalendars {

  public static final String ROUND_THE_CLOCK = "24x7";
  public static final String BUSINESS_HOURS = "business-hours";

  /** Ten years of days without a working minute means the calendar is misconfigured. */
  private static final int MAX_DAYS_SEARCHED = 3660;

  private final SlaProperties hours;
  private final Set<LocalDate> holidays;

  public SlaCalendars(SlaProperties hours) {
    this.hours = hours;
    this.holidays = new HashSet<>(hours.holidays());
  }

  /**
   * The instant when {@code target} of working time has passed on {@code calendar}, counted from
   * {@code start}.
   */
  public Instant dueAt(String calendar, Instant start, Duration target) {
    if (ROUND_THE_CLOCK.equals(calendar)) {
      return start.plus(target);
    }
    if (BUSINESS_HOURS.equals(calendar)) {
      return addWorkingTime(start, target);
    }
    throw new UnknownCalendarException(calendar);
  }

  private Instant addWorkingTime(Instant start, Duration target) {
    Duration remaining = target;
    ZonedDateTime cursor = start.atZone(hours.zone());
    for (int day = 0; day < MAX_DAYS_SEARCHED; day++) {
      LocalDate date = cursor.toLocalDate();
      ZonedDateTime open = date.atTime(hours.workdayStart()).atZone(hours.zone());
      ZonedDateTime close = date.atTime(hours.workdayEnd()).atZone(hours.zone());
      if (isWorkingDay(date) && cursor.isBefore(close)) {
        ZonedDateTime from = cursor.isBefore(open) ? open : cursor;
        Duration available = Duration.between(from, close);
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining).toInstant();
        }
        remaining = remaining.minus(available);
      }
      cursor = date.plusDays(1).atTime(hours.workdayStart()).atZone(hours.zone());
    }
    throw new IllegalStateException(
        "The business-hours calendar has no working time in " + MAX_DAYS_SEARCHED + " days");
  }

  private boolean isWorkingDay(LocalDate date) {
    return hours.workingDays().contains(date.getDayOfWeek()) && !holidays.contains(date);
  }
}
