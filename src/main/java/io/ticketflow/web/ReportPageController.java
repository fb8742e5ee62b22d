package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.ticketflow.report.ReportPage;
import io.ticketflow.report.ReportQuery;
import io.ticketflow.report.ReportService;
import io.ticketflow.report.ReportSummary;
import io.ticketflow.report.ReportTexts;
import io.ticketflow.template.StaffNames;
import io.ticketflow.ticket.TicketProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' report page, reached with the Camunda webapps' login: a month picker or a range of
 * days, in Chinese or English (the browser's language unless chosen), and the same as CSV.
 */
@Hidden
@RestController
public class ReportPageController {

  static final String PAGE = "/reports";
  static final String CSV_PAGE = "/reports/report.csv";

  /** No script at all, styles from our own file only, forms only to us, nothing framed. */
  static final String PAGE_CSP =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private final ReportService reports;
  private final StaffNames names;
  private final ZoneId zone;
  private final Clock clock;

  public ReportPageController(
      ReportService reports, StaffNames names, TicketProperties tickets, Clock clock) {
    this.reports = reports;
    this.names = names;
    this.zone = tickets.zone();
    this.clock = clock;
  }

  /**
   * What a report page asks for: a month, or a range of days (both ends), and a language.
   *
   * @param lang {@code en} or {@code zh-CN}; else the browser's language
   */
  public record Period(
      String month,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      String lang) {}

  @GetMapping({PAGE, PAGE + "/"})
  public ResponseEntity<String> page(
      Period period,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
    ReportTexts texts = texts(period.lang(), accepted);
    Chosen chosen = choose(period.month(), period.from(), period.to());
    String query =
        (chosen.month() != null
                ? "month=" + chosen.month()
                : "from=" + chosen.report().from() + "&to=" + chosen.report().to())
            + "&lang="
            + texts.language();
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", PAGE_CSP)
        .body(
            ReportPage.html(
                chosen.report(),
                texts,
                chosen.period(),
                CSV_PAGE + "?" + query,
                new ReportPage.Picker(PAGE, chosen.month())));
  }

  @GetMapping(CSV_PAGE)
  public ResponseEntity<String> csv(
      Period period,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
    ReportTexts texts = texts(period.lang(), accepted);
    Chosen chosen = choose(period.month(), period.from(), period.to());
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
        .header("X-Content-Type-Options", "nosniff")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"ticketflow-report-"
                + chosen.period().replace('–', '_')
                + ".csv\"")
        // a byte-order mark, so that spreadsheets read the Chinese text as UTF-8
        .body('\uFEFF' + ReportPage.csv(chosen.report(), texts));
  }

  private ReportTexts texts(String lang, String accepted) {
    String language =
        lang != null && ReportTexts.LANGUAGES.contains(lang)
            ? lang
            : ReportTexts.fromAcceptLanguage(accepted);
    return ReportTexts.of(language, names::displayName, zone);
  }

  /** A range of days when both ends are given, else the month (this one when none is). */
  private Chosen choose(String month, LocalDate from, LocalDate to) {
    if (from != null && to != null && (month == null || month.isBlank())) {
      ReportSummary report = reports.summary(ReportQuery.period(from, to));
      return new Chosen(null, from + "–" + to, report);
    }
    YearMonth chosen =
        month == null || month.isBlank()
            ? YearMonth.now(clock.withZone(zone))
            : reports.month(month, "month");
    return new Chosen(chosen, chosen.toString(), reports.monthly(chosen));
  }

  private record Chosen(YearMonth month, String period, ReportSummary report) {}
}
