package io.ticketflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.notification.NotificationEvent;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.notification.NotificationValues;
import io.ticketflow.notification.StaffAudience;
import io.ticketflow.support.ReportSeed;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.TicketProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The report figures on H2, against a known month of tickets counted by hand. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate", showSql = false)
class ReportServiceTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

  @Autowired DataSource dataSource;

  private final NotificationService notifications = mock(NotificationService.class);
  private final MonthlyReportPort process = mock(MonthlyReportPort.class);
  private ReportSeed seed;
  private String oldestOpen;
  private ReportService reports;

  @BeforeEach
  void seed() {
    NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
    seed = new ReportSeed(jdbc, "");
    oldestOpen = seed.write();
    TicketProperties tickets = mock(TicketProperties.class);
    when(tickets.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
    when(tickets.portalUrl()).thenReturn(URI.create("https://desk.example.com/portal"));
    reports =
        new ReportService(
            new ReportRows(jdbc, ""),
            process,
            notifications,
            new ReportProperties("0 0 8 1 * ?", "managers"),
            tickets,
            Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneId.of("UTC")));
  }

  @Test
  void summaryOfTheMonthMatchesTheCountsByHand() {
    ReportSummary report = reports.summary(ReportQuery.period(MARCH_1, MARCH_31));

    assertThat(report.volume().total()).isEqualTo(4);
    assertThat(report.volume().byCategory())
        .isEqualTo(Map.of("OPERATION_GUIDANCE", 1L, "SYSTEM_FAULT", 3L));
    assertThat(report.volume().byChannel())
        .containsEntry("WEB", 2L)
        .containsEntry("EMAIL", 1L)
        .containsEntry("PHONE", 1L);
    assertThat(report.volume().byPriority()).containsEntry("P3", 2L).containsEntry("P2", 1L);
    assertThat(report.volume().byDay())
        .hasSize(31)
        .containsEntry("2025-03-03", 1L)
        .containsEntry("2025-03-20", 1L)
        .containsEntry("2025-03-21", 0L);
    assertThat(report.firstResponse()).isEqualTo(new ReportSummary.Durations(3, 20.0, 60.0, 30.0));
    assertThat(report.resolution()).isEqualTo(new ReportSummary.Durations(3, 120.0, 600.0, 250.0));
    assertThat(report.resolutionTimes())
        .containsEntry("<1h", 1L)
        .containsEntry("1-4h", 1L)
        .containsEntry("4-8h", 0L)
        .containsEntry("8-24h", 1L);
    // response: 1, 2 and 4 counted (3 has no targets), only 1 met; the same for resolution
    assertThat(report.sla().responseCounted()).isEqualTo(3);
    assertThat(report.sla().responseMet()).isEqualTo(1);
    assertThat(report.sla().resolutionCompliance()).isEqualTo(0.3333);
    assertThat(report.sla().compliance()).isEqualTo(0.3333);
    assertThat(report.sla().weekly())
        .extracting(ReportSummary.Week::weekStart)
        .containsExactly(
            LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17));
    assertThat(report.sla().weekly().get(0).compliance()).isEqualTo(0.5);
    // only ticket 1: 2 was escalated, 3 reopened; both rates over the 3 resolved tickets
    assertThat(report.resolved()).isEqualTo(new ReportSummary.Resolution(3, 1, 0.3333, 1, 0.3333));
    assertThat(report.escalation())
        .isEqualTo(new ReportSummary.Escalation(1, 0.25, Map.of("1", 1L)));
    assertThat(report.satisfaction().rated()).isEqualTo(3);
    assertThat(report.satisfaction().averageScore()).isEqualTo(4.0);
    assertThat(report.satisfaction().byScore())
        .containsEntry("5", 1L)
        .containsEntry("3", 1L)
        .containsEntry("1", 0L);
    assertThat(report.satisfaction().byRating())
        .isEqualTo(Map.of("BASICALLY_SATISFIED", 1L, "SATISFIED", 2L));
    assertThat(report.knowledge()).isEqualTo(new ReportSummary.Knowledge(3, 1, 0.3333, 1, 0.2));
    assertThat(report.topProblems()).hasSize(2);
    assertThat(report.topProblems().get(0))
        .isEqualTo(
            new ReportSummary.Problem(
                "SYSTEM_FAULT",
                "PRINTER",
                3,
                java.util.List.of("printer"),
                ReportSeed.HOSTILE_TITLE));
    assertThat(report.groups())
        .contains(
            new ReportSummary.Workload(ReportSeed.TIER1, 2, 2),
            new ReportSummary.Workload(ReportSeed.OPERATIONS, 1, 0));
    assertThat(report.agents())
        .contains(
            new ReportSummary.Workload("rpt-mary", 2, 1),
            new ReportSummary.Workload("rpt-oscar", 1, 0));
  }

  @Test
  void filtersNarrowThePeriodAndTheBacklog() {
    ReportSummary tier1 =
        reports.summary(new ReportQuery(MARCH_1, MARCH_31, null, null, null, ReportSeed.TIER1));
    assertThat(tier1.volume().total()).isEqualTo(3);
    assertThat(tier1.backlog().open()).isEqualTo(2);
    assertThat(tier1.backlog().ages()).containsEntry(">7d", 2L).containsEntry("<1d", 0L);
    assertThat(tier1.backlog().oldest()).isEqualTo(oldestOpen);
    assertThat(tier1.filters().group()).isEqualTo(ReportSeed.TIER1);

    ReportSummary guidance =
        reports.summary(
            new ReportQuery(
                MARCH_1, MARCH_31, Category.OPERATION_GUIDANCE, null, "P3", ReportSeed.TIER1));
    assertThat(guidance.volume().total()).isEqualTo(1);
    assertThat(guidance.backlog().open()).isZero();
    assertThat(guidance.backlog().oldest()).isNull();

    ReportSummary empty =
        reports.summary(
            new ReportQuery(
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31),
                null,
                io.ticketflow.ticket.Channel.CHAT,
                null,
                null));
    assertThat(empty.volume().total()).isZero();
    assertThat(empty.firstResponse().median()).isNull();
    assertThat(empty.satisfaction().averageScore()).isNull();
    assertThat(empty.sla().compliance()).isNull();
    assertThat(ReportPage.html(YearMonth.of(2024, 1), empty)).contains("<svg", "No data");
  }

  @Test
  void storedMonthIsReadBackAndManagersAreTold() {
    ReportSummary stored = reports.storeMonthly(YearMonth.of(2025, 3));

    assertThat(reports.monthly(YearMonth.of(2025, 3))).isEqualTo(stored);
    assertThat(reports.storeMonthly(YearMonth.of(2025, 3)).volume().total()).isEqualTo(4);
    assertThat(reports.monthly(YearMonth.of(2025, 2)).volume().total()).isEqualTo(1);

    reports.notifyManagers(YearMonth.of(2025, 3));
    verify(notifications)
        .notifyStaff(
            eq("REPORT-2025-03"),
            eq(NotificationEvent.MONTHLY_REPORT),
            eq("2025-03"),
            eq(StaffAudience.group("managers")),
            eq(
                Map.of(
                    NotificationValues.NUMBER,
                    "REPORT-2025-03",
                    NotificationValues.TITLE,
                    "2025-03",
                    NotificationValues.TEXT,
                    "https://desk.example.com/api/reports/monthly/2025-03")));
    when(process.start(any())).thenReturn("instance-1");
    assertThat(reports.requestMonthly(YearMonth.of(2025, 3))).isEqualTo("instance-1");
  }

  @Test
  void monthsArePreviousByDefaultAndCheckedWhenGiven() {
    assertThat(reports.previousMonth()).isEqualTo(YearMonth.of(2026, 10));
    assertThat(reports.month(" 2025-03 ", "month")).isEqualTo(YearMonth.of(2025, 3));
    assertThatThrownBy(() -> reports.month("2025-13", "month"))
        .isInstanceOf(InvalidTicketRequestException.class)
        .hasMessageContaining("yyyy-MM");
    assertThatThrownBy(() -> reports.month(null, "month"))
        .isInstanceOf(InvalidTicketRequestException.class);
    assertThatThrownBy(() -> reports.month("2026-12", "month"))
        .isInstanceOf(InvalidTicketRequestException.class)
        .hasMessageContaining("future");
  }

  @Test
  void queriesOutsideTheRulesAreRefused() {
    assertThatThrownBy(() -> ReportQuery.period(MARCH_31, MARCH_1))
        .isInstanceOf(InvalidTicketRequestException.class)
        .hasMessageContaining("to: must not be before from");
    assertThatThrownBy(() -> ReportQuery.period(MARCH_1, MARCH_1.plusDays(366)))
        .hasMessageContaining("366 days");
    assertThat(ReportQuery.period(MARCH_1, MARCH_1.plusDays(365)).to())
        .isEqualTo(MARCH_1.plusDays(365));
    assertThatThrownBy(() -> ReportQuery.period(null, MARCH_1)).hasMessageContaining("from");
    assertThatThrownBy(() -> ReportQuery.period(MARCH_1, null)).hasMessageContaining("to");
    assertThatThrownBy(() -> new ReportQuery(MARCH_1, MARCH_31, null, null, "P9", null))
        .hasMessageContaining("priority");
    assertThatThrownBy(() -> new ReportQuery(MARCH_1, MARCH_31, null, null, null, " "))
        .hasMessageContaining("group");
  }

  @Test
  void pageDrawsTheChartsEscapesTitlesAndCsvCarriesTheSameFigures() {
    ReportSummary report = reports.summary(ReportQuery.period(MARCH_1, MARCH_31));

    String html = ReportPage.html(YearMonth.of(2025, 3), report);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<svg", "target 4 h", "target average 4.5", "target 95.0 %")
        .contains("Printer &lt;script&gt;alert(1)&lt;/script&gt; toner empty")
        .contains(
            "First-contact resolution (of tickets resolved)",
            "Reopen rate (of tickets resolved)",
            "Escalation rate (of tickets created)")
        .contains("href=\"" + ReportPage.STYLESHEET + "\"")
        .doesNotContain("<script", "style=");
    // seven charts: category, channel, day, SLA, resolution, satisfaction, problems
    assertThat(html.split("<svg", -1)).hasSize(8);

    String csv = ReportPage.csv(report);
    assertThat(csv)
        .startsWith("section,name,value\r\n")
        .contains("figures,Tickets created,4\r\n")
        .contains("figures,Reopen rate (of tickets resolved),33.3 %\r\n")
        .contains("volume.category,System fault,3\r\n")
        .contains("sla.week,2025-03-03,0.5\r\n")
        .contains("problem,System fault/PRINTER,3\r\n")
        .contains("agent.resolved,rpt-mary,2\r\n")
        .contains("group.open,rpt-tier1,2\r\n");
  }

  @Test
  void chinesePageHasLabelsAPickerAndChineseCsvHeaders() {
    ReportSummary report = reports.summary(ReportQuery.period(MARCH_1, MARCH_31));
    ReportTexts zh =
        ReportTexts.of("zh-CN", id -> java.util.Optional.of("玛丽"), ZoneId.of("Asia/Shanghai"));

    String html =
        ReportPage.html(
            report,
            zh,
            "2025-03",
            "/reports/report.csv?month=2025-03&lang=zh-CN",
            new ReportPage.Picker("/reports", YearMonth.of(2025, 3)));
    assertThat(html)
        .contains("<html lang=\"zh-CN\">", "服务台报表 2025-03", "系统故障", "关键指标")
        .contains("type=\"month\"", "value=\"2025-03\"", "type=\"date\"")
        .contains("玛丽 (rpt-mary)")
        .doesNotContain("SYSTEM_FAULT", "<script", "style=");
    assertThat(html).containsPattern("生成于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(Asia/Shanghai\\)");

    String csv = ReportPage.csv(report, zh);
    assertThat(csv).startsWith("部分,名称,数值\r\n").contains("volume.category,系统故障,3\r\n");
  }
}
