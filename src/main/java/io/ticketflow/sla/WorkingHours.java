package io.ticketflow.sla;

import java.time.LocalTime;

/**
 * One day's working time on the business-hours calendar, opening to closing, in the calendar's
 * zone.
 *
 * @param start opening time
 * @param end closing time, after {@code start} on the same day
 */
public record WorkingHours(LocalTime start, LocalTime end) {

  public WorkingHours {
    if (start == null || end == null) {
      throw new IllegalArgumentException("working hours need a start and an end");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "working hours must end after they start, not " + start + "–" + end);
    }
  }
}
