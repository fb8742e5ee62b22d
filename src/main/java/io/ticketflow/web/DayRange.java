package io.ticketflow.web;

import io.ticketflow.ticket.InvalidTicketRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A range of whole days from query parameters, both ends included, as instants in the desk's zone.
 *
 * @param start the first day's start, or null for no lower bound
 * @param end the start of the day after the last one, or null for no upper bound
 */
record DayRange(Instant start, Instant end) {

  /**
   * The range from {@code from} through {@code to}; a {@code to} before {@code from} is refused,
   * naming the parameters {@code fromParameter} and {@code toParameter}.
   */
  static DayRange of(
      LocalDate from, LocalDate to, ZoneId zone, String fromParameter, String toParameter) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidTicketRequestException(
          toParameter, "must not be before " + fromParameter + " (" + from + ")");
    }
    return new DayRange(
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
