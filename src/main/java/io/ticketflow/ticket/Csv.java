package io.ticketflow.ticket;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV lines (RFC 4180, CRLF) that spreadsheets open safely: a cell that starts like a formula gets
 * a leading apostrophe, so that it is shown as text and never run.
 */
public final class Csv {

  /** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private Csv() {}

  /** One CSV line of the cells, each quoted as needed, ended by CRLF. */
  public static String line(List<String> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
