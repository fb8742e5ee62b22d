package io.ticketflow.report;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.InvalidTicketRequestException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a report covers: the tickets created from {@code from} through {@code to} (whole days in the
 * desk's zone), optionally only of one category, channel, priority or group.
 */
public record ReportQuery(
    LocalDate from,
    LocalDate to,
    Category category,
    Channel channel,
    String priority,
    String candidateGroup) {

  /** The longest period a report may cover, in days. */
  public static final int MAX_DAYS = 366;

  public ReportQuery {
    if (from == null) {
      throw new InvalidTicketRequestException("from", "is required");
    }
    if (to == null) {
      throw new InvalidTicketRequestException("to", "is required");
    }
    if (to.isBefore(from)) {
      throw new InvalidTicketRequestException("to", "must not be before from (" + from + ")");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw new InvalidTicketRequestException(
          "to", "the period must not be longer than " + MAX_DAYS + " days");
    }
    if (priority != null && !priority.matches("P[1-4]")) {
      throw new InvalidTicketRequestException("priority", "must be one of P1, P2, P3, P4");
    }
    if (candidateGroup != null && (candidateGroup.isBlank() || candidateGroup.length() > 64)) {
      throw new InvalidTicketRequestException("group", "must be a group id of 1 to 64 characters");
    }
  }

  /** Every ticket created in the period. */
  public static ReportQuery period(LocalDate from, LocalDate to) {
    return new ReportQuery(from, to, null, null, null, null);
  }
}
