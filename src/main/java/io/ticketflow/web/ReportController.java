package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.report.ReportPage;
import io.ticketflow.report.ReportQuery;
import io.ticketflow.report.ReportService;
import io.ticketflow.report.ReportSummary;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service desk's statistics for managers: a summary of any period and the monthly report. */
@RestController
@SecurityRequirement(name = "basic")
public class ReportController {

  /** The report page: no script at all, styles from our own file only, nothing framed. */
  static final String PAGE_CSP =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  private static final String CSV = "text/csv; charset=UTF-8";

  private final ReportService reports;

  public ReportController(ReportService reports) {
    this.reports = reports;
  }

  @Operation(
      summary =
          "Statistics of the tickets created from `from` through `to` (ISO dates, inclusive, at"
              + " most 366 days), optionally of one category, channel, priority or group")
  @GetMapping("/api/reports/summary")
  public ReportSummary summary(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Category category,
      @RequestParam(required = false) Channel channel,
      @RequestParam(required = false) String priority,
      @RequestParam(required = false) String group) {
    return reports.summary(new ReportQuery(from, to, category, channel, priority, group));
  }

  @Operation(
      summary =
          "The monthly report as a printable HTML page with charts (month.csv: the same as CSV);"
              + " the stored report when made, else computed now")
  @GetMapping("/api/reports/monthly/{month}")
  public ResponseEntity<String> monthly(@PathVariable String month) {
    boolean csv = month.endsWith(".csv");
    YearMonth yearMonth =
        reports.month(csv ? month.substring(0, month.length() - 4) : month, "month");
    ReportSummary report = reports.monthly(yearMonth);
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .cacheControl(CacheControl.noStore())
            .header("X-Content-Type-Options", "nosniff");
    if (csv) {
      return response
          .header(HttpHeaders.CONTENT_TYPE, CSV)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"ticketflow-report-" + yearMonth + ".csv\"")
          .body(ReportPage.csv(report));
    }
    return response
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Security-Policy", PAGE_CSP)
        .body(ReportPage.html(yearMonth, report));
  }

  @Operation(
      summary =
          "Make the month's report again (process monthly-report): stored, and the managers told")
  @PostMapping("/api/reports/monthly/{month}")
  public ResponseEntity<Map<String, String>> request(@PathVariable String month) {
    YearMonth yearMonth = reports.month(month, "month");
    String instance = reports.requestMonthly(yearMonth);
    return ResponseEntity.created(URI.create(ReportService.MONTHLY_LINK + yearMonth))
        .body(
            Map.of(
                "month",
                yearMonth.toString(),
                "processInstanceId",
                instance,
                "report",
                ReportService.MONTHLY_LINK + yearMonth));
  }
}
