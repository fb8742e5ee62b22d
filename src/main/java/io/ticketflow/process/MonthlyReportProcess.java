package io.ticketflow.process;

import io.ticketflow.process.ProcessModel.MonthlyReport;
import io.ticketflow.report.MonthlyReportPort;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts {@code monthly-report} by hand, with its start message, for the month given. */
@Component
public class MonthlyReportProcess implements MonthlyReportPort {

  private final RuntimeService runtime;

  public MonthlyReportProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public String start(YearMonth month) {
    return runtime
        .startProcessInstanceByMessage(
            MonthlyReport.REQUESTED_MESSAGE,
            month.toString(),
            Map.of(MonthlyReport.REPORT_MONTH, month.toString()))
        .getId();
  }
}
