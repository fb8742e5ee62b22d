package io.ticketflow.sla;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry of a holiday file: one {@code date}, or the days {@code from} … {@code to} (both
 * included), with a name for people.
 *
 * @param name what the days are, e.g. "National Day"
 * @param date the one day, or null for a range
 * @param from the first day of a range, or null for one day
 * @param to the last day of a range, or null for one day
 */
public record NamedDays(String name, LocalDate date, LocalDate from, LocalDate to) {

  /** Longer than any public holiday; a longer range is a typo in a year. */
  private static final int MAX_DAYS_IN_RANGE = 31;

  public NamedDays {
    boolean single = date != null && from == null && to == null;
    boolean range = date == null && from != null && to != null;
    if (!single && !range) {
      throw new IllegalArgumentException(
          "'" + name + "' needs either a date, or from and to (not both, not neither)");
    }
    if (range && (to.isBefore(from) || from.plusDays(MAX_DAYS_IN_RANGE).isBefore(to))) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' runs from "
              + from
              + " to "
              + to
              + "; the end must be on or after the start, at most "
              + MAX_DAYS_IN_RANGE
              + " days later");
    }
  }

  /** The days named, in order. */
  public List<LocalDate> dates() {
    return date != null ? List.of(date) : from.datesUntil(to.plusDays(1)).toList();
  }
}
