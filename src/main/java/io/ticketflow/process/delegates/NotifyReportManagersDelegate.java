package io.ticketflow.process.delegates;

import io.ticketflow.process.ProcessModel.MonthlyReport;
import io.ticketflow.report.ReportService;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the managers that the report of {@code reportMonth} is ready, with its address. */
@Component(MonthlyReport.NOTIFY_MANAGERS_BEAN)
public class NotifyReportManagersDelegate implements JavaDelegate {

  private final ReportService reports;

  public NotifyReportManagersDelegate(ReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.notifyManagers(
        YearMonth.parse((String) execution.getVariable(MonthlyReport.REPORT_MONTH)));
  }
}
