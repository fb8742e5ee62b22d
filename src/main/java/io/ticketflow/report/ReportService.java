package io.ticketflow.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ticketflow.notification.NotificationEvent;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.notification.NotificationValues;
import io.ticketflow.notification.StaffAudience;
import io.ticketflow.report.ReportRows.EscalationRow;
import io.ticketflow.report.ReportRows.TicketRow;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.TicketProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service desk's statistics: a summary for any period, and the monthly report, stored once made
 * and announced to the managers.
 */
@Service
public class ReportService {

  /** The address of a month's report page; {@code {month}} is the month as yyyy-MM. */
  public static final String MONTHLY_LINK = "/api/reports/monthly/";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final ReportRows rows;
  private final MonthlyReportPort process;
  private final NotificationService notifications;
  private final ReportProperties properties;
  private final ZoneId zone;
  private final URI reportsBase;
  private final Clock clock;

  public ReportService(
      ReportRows rows,
      MonthlyReportPort process,
      NotificationService notifications,
      ReportProperties properties,
      TicketProperties tickets,
      Clock clock) {
    this.rows = rows;
    this.process = process;
    this.notifications = notifications;
    this.properties = properties;
    this.zone = tickets.zone();
    this.reportsBase = tickets.portalUrl().resolve(MONTHLY_LINK);
    this.clock = clock;
  }

  /** The figures of the tickets the query covers, computed now. */
  @Transactional(readOnly = true)
  public ReportSummary summary(ReportQuery query) {
    Instant now = clock.instant();
    List<TicketRow> created = rows.created(query, zone);
    List<TicketRow> unresolved = rows.unresolved(query, zone);
    List<EscalationRow> escalations = rows.escalations(query, zone);
    Set<Long> reopened = rows.reopened(query, zone);
    List<Double> resolutionMinutes = ReportFigures.resolutionMinutes(created);
    return new ReportSummary(
        query.from(),
        query.to(),
        new ReportSummary.Filters(
            query.category() == null ? null : query.category().name(),
            query.channel() == null ? null : query.channel().name(),
            query.priority(),
            query.candidateGroup()),
        now,
        ReportFigures.volume(created, query.from(), query.to(), zone),
        ReportFigures.durations(ReportFigures.firstResponseMinutes(created)),
        ReportFigures.durations(resolutionMinutes),
        ReportFigures.resolutionHistogram(resolutionMinutes),
        ReportFigures.sla(created, now, zone),
        ReportFigures.resolution(created, escalations, reopened),
        ReportFigures.escalation(created, escalations),
        ReportFigures.backlog(unresolved, now),
        ReportFigures.satisfaction(created),
        ReportFigures.knowledge(
            created, rows.solvedByArticle(query, zone), rows.deflections(query, zone)),
        ReportFigures.topProblems(created),
        ReportFigures.workload(created, unresolved, TicketRow::group),
        ReportFigures.workload(created, unresolved, TicketRow::assignee),
        ReportSummary.Targets.desk());
  }

  /** The month's report: the stored one, or else computed now (and not stored). */
  @Transactional(readOnly = true)
  public ReportSummary monthly(YearMonth month) {
    return rows.storedMonth(month).map(ReportService::read).orElseGet(() -> summary(of(month)));
  }

  /** Computes the month's report and stores it, replacing an earlier one of that month. */
  @Transactional
  public ReportSummary storeMonthly(YearMonth month) {
    ReportSummary summary = summary(of(month));
    rows.storeMonth(month, clock.instant(), write(summary));
    return summary;
  }

  /**
   * Starts the {@code monthly-report} process for the month: the report is made again, stored and
   * announced.
   *
   * @return the process instance's id
   */
  public String requestMonthly(YearMonth month) {
    return process.start(month);
  }

  /**
   * Tells the managers' group that the month's report is ready, with its full address (on the host
   * of {@code ticketflow.tickets.portal-url}); once a month.
   */
  @Transactional
  public boolean notifyManagers(YearMonth month) {
    String link = reportsBase.resolve(month.toString()).toString();
    return notifications.notifyStaff(
        reportNumber(month),
        NotificationEvent.MONTHLY_REPORT,
        month.toString(),
        StaffAudience.group(properties.managersGroup()),
        Map.of(
            NotificationValues.NUMBER, reportNumber(month),
            NotificationValues.TITLE, month.toString(),
            NotificationValues.TEXT, link));
  }

  /** The month before the current one, in the desk's zone: the one a scheduled report covers. */
  public YearMonth previousMonth() {
    return YearMonth.from(LocalDate.now(clock.withZone(zone))).minusMonths(1);
  }

  /**
   * A month written as yyyy-MM; a wrong one is refused naming {@code field}. Months in the future
   * are refused too.
   */
  public YearMonth month(String text, String field) {
    YearMonth month;
    try {
      month = YearMonth.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidTicketRequestException(field, "must be a month written as yyyy-MM");
    }
    if (month.isAfter(YearMonth.from(LocalDate.now(clock.withZone(zone))))) {
      throw new InvalidTicketRequestException(field, "must not be in the future");
    }
    return month;
  }

  /** The name a month's report goes by in notifications. */
  static String reportNumber(YearMonth month) {
    return "REPORT-" + month;
  }

  private static ReportQuery of(YearMonth month) {
    return ReportQuery.period(month.atDay(1), month.atEndOfMonth());
  }

  private static String write(ReportSummary summary) {
    try {
      return JSON.writeValueAsString(summary);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report cannot be written as JSON", e);
    }
  }

  private static ReportSummary read(String payload) {
    try {
      return JSON.readValue(payload, ReportSummary.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored report cannot be read", e);
    }
  }
}
