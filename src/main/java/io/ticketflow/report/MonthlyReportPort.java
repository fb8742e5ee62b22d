package io.ticketflow.report;

import java.time.YearMonth;

/** Starts the {@code monthly-report} process for a month; implemented by the process layer. */
public interface MonthlyReportPort {

  /**
   * Starts the report of {@code month}: it is computed, stored and announced to the managers.
   *
   * @return the id of the started process instance
   */
  String start(YearMonth month);
}
