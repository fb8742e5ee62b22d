package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.MonthlyReport;
import io.ticketflow.report.ReportService;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Computes and stores the report of the month in {@code reportMonth} (yyyy-MM); without one, as on
 * the timer, the month before. The month becomes the business key.
 */
@Component(MonthlyReport.COMPUTE_REPORT_BEAN)
public class ComputeMonthlyReportDelegate implements JavaDelegate {

  private final ReportService reports;

  public ComputeMonthlyReportDelegate(ReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object given = execution.getVariable(MonthlyReport.REPORT_MONTH);
    YearMonth month =
        given == null || given.toString().isBlank()
            ? reports.previousMonth()
            : reports.month(given.toString(), MonthlyReport.REPORT_MONTH);
    reports.storeMonthly(month);
    execution.setVariable(MonthlyReport.REPORT_MONTH, month.toString());
    execution.setProcessBusinessKey(month.toString());
  }
}
