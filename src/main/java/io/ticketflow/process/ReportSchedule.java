package io.ticketflow.process;

import io.ticketflow.process.ProcessModel.MonthlyReport;
import io.ticketflow.report.ReportProperties;
import org.springframework.stereotype.Component;

/**
 * When the {@code monthly-report} timer fires: its start event reads {@code
 * ${reportSchedule.cron()}} when the process is deployed.
 */
@Component(MonthlyReport.SCHEDULE_BEAN)
public class ReportSchedule {

  private final ReportProperties properties;

  public ReportSchedule(ReportProperties properties) {
    this.properties = properties;
  }

  /** The cron expression of ticketflow.reports.monthly-cron. */
  public String cron() {
    return properties.monthlyCron();
  }
}
