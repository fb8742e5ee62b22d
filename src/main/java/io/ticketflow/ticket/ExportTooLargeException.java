package io.ticketflow.ticket;

/** More tickets match an export's filter than one export may hold. */
public class ExportTooLargeException extends RuntimeException {

  private final int maxRows;

  public ExportTooLargeException(int maxRows) {
    super(
        "More than "
            + maxRows
            + " tickets match; narrow the filter (status, category, priority, q, createdFrom,"
            + " createdTo) and export in parts.");
    this.maxRows = maxRows;
  }

  public int maxRows() {
    return maxRows;
  }
}
