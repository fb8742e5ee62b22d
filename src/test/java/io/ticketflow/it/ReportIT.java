package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.MonthlyReport;
import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.ReportSeed;
import io.ticketflow.support.TestUsers;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reports on PostgreSQL: a hand-counted March 2025 (a month no other test touches), the monthly
 * page and CSV, the monthly process started by a manager, and who may see them.
 */
@IntegrationTest
class ReportIT {

  private static final String SUMMARY = "/api/reports/summary?from=2025-03-01&to=2025-03-31";
  private static final String MARCH = "/api/reports/monthly/" + ReportSeed.MONTH;
  private static String oldestOpen;

  @LocalServerPort int port;
  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  Api manager;
  Api agent;

  @BeforeEach
  void seedOnce() {
    manager = Api.at(port).as(TestUsers.MANAGER, TestUsers.MANAGER);
    agent = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    synchronized (ReportIT.class) {
      if (oldestOpen == null) {
        oldestOpen = new ReportSeed(jdbc, "app.").write();
      }
    }
  }

  @Test
  void summaryOfTheMonthAgreesWithTheStoreAndTheCountsByHand() {
    Api.Reply reply = manager.get(SUMMARY);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode report = reply.json();
    Long created =
        jdbc.queryForObject(
            "select count(*) from app.ticket where created_at >= cast(:from as timestamp with time"
                + " zone) and created_at < cast(:to as timestamp with time zone)",
            Map.of("from", "2025-03-01T00:00:00+08:00", "to", "2025-04-01T00:00:00+08:00"),
            Long.class);
    assertThat(report.at("/volume/total").asLong()).isEqualTo(created).isEqualTo(4);
    assertThat(report.at("/volume/byCategory/SYSTEM_FAULT").asLong()).isEqualTo(3);
    assertThat(report.at("/volume/byDay/2025-03-04").asLong()).isEqualTo(1);
    assertThat(report.at("/firstResponse/median").asDouble()).isEqualTo(20.0);
    assertThat(report.at("/resolution/p90").asDouble()).isEqualTo(600.0);
    assertThat(report.at("/resolution/average").asDouble()).isEqualTo(250.0);
    assertThat(report.at("/sla/compliance").asDouble()).isEqualTo(0.3333);
    assertThat(report.at("/resolved/firstContactRate").asDouble()).isEqualTo(0.3333);
    // over the 3 resolved tickets, as the first-contact rate
    assertThat(report.at("/resolved/reopenRate").asDouble()).isEqualTo(0.3333);
    assertThat(report.at("/escalation/byTier/1").asLong()).isEqualTo(1);
    assertThat(report.at("/satisfaction/averageScore").asDouble()).isEqualTo(4.0);
    assertThat(report.at("/knowledge/articleShare").asDouble()).isEqualTo(0.3333);
    assertThat(report.at("/knowledge/deflections").asLong()).isEqualTo(1);
    assertThat(report.at("/knowledge/selfServiceShare").asDouble()).isEqualTo(0.2);
    assertThat(report.at("/topProblems/0/subcategory").asText()).isEqualTo("PRINTER");
    assertThat(report.at("/topProblems/0/count").asLong()).isEqualTo(3);
    assertThat(report.at("/targets/satisfaction").asDouble()).isEqualTo(4.5);

    JsonNode tier1 = manager.get(SUMMARY + "&group=" + ReportSeed.TIER1 + "&priority=P3").json();
    assertThat(tier1.at("/volume/total").asLong()).isEqualTo(2);
    assertThat(tier1.at("/backlog/open").asLong()).isEqualTo(1);
    assertThat(tier1.at("/backlog/oldest").asText()).isEqualTo(oldestOpen);
    JsonNode guidance = manager.get(SUMMARY + "&category=OPERATION_GUIDANCE&channel=PHONE").json();
    assertThat(guidance.at("/volume/total").asLong()).isEqualTo(1);
  }

  @Test
  void badPeriodsAreProblemsNotErrors() {
    for (String query :
        new String[] {
          "from=2025-03-31&to=2025-03-01",
          "from=2025-03-01&to=2026-03-02",
          "from=2025-02-30&to=2025-03-01",
          "from=yesterday&to=2025-03-01",
          "to=2025-03-01",
          "from=2025-03-01&to=2025-03-31&priority=P7",
          "from=2025-03-01&to=2025-03-31&category=NOPE"
        }) {
      Api.Reply reply = manager.get("/api/reports/summary?" + query);
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertThat(reply.contentType()).as(query).startsWith("application/problem+json");
    }
    assertThat(manager.get("/api/reports/monthly/2025-13").status()).isEqualTo(400);
    assertThat(manager.get("/api/reports/monthly/2999-01.csv").status()).isEqualTo(400);
  }

  @Test
  void onlyManagersAndAdministratorsSeeReports() {
    assertThat(agent.get(SUMMARY).status()).isEqualTo(403);
    assertThat(agent.get(MARCH).status()).isEqualTo(403);
    assertThat(agent.post(MARCH, Map.of()).status()).isEqualTo(403);
    assertThat(Api.at(port).get(MARCH).status()).isEqualTo(401);
    assertThat(Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).get(SUMMARY).status())
        .isEqualTo(200);
  }

  @Test
  void monthlyPageDrawsChartsEscapesTitlesAndComesAsCsvToo() {
    Api.Reply page = manager.get(MARCH);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(page.text())
        .contains("<svg", "Service desk report 2025-03", "href=\"/reports/report.css\"")
        .contains("Printer &lt;script&gt;alert(1)&lt;/script&gt; toner empty")
        .contains(
            "Reopen rate (of tickets resolved)", "First-contact resolution (of tickets resolved)")
        .doesNotContain("<script");
    assertThat(Api.at(port).get("/reports/report.css").status()).isEqualTo(200);

    Api.Reply csv = manager.get(MARCH + ".csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.text())
        .startsWith("section,name,value")
        .contains("figures,Tickets created,4", "problem,System fault/PRINTER,3");
  }

  @Test
  void monthlyPageRendersItsChartsInABrowser() {
    Browser browser = Browser.start();
    try {
      browser.open(
          "http://%s:%s@localhost:%d%s"
              .formatted(TestUsers.MANAGER, TestUsers.MANAGER, port, MARCH));

      assertThat(browser.title()).isEqualTo("Service desk report " + ReportSeed.MONTH);
      // every chart drawn at a real size with bars of real height, the style sheet applied
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> charts =
          (List<Map<String, Object>>)
              browser.script(
                  "return [...document.querySelectorAll('svg')].map(svg => {"
                      + " const box = svg.getBoundingClientRect();"
                      + " return {label: svg.getAttribute('aria-label'), width: box.width,"
                      + " height: box.height, display: getComputedStyle(svg).display,"
                      + " bars: [...svg.querySelectorAll('rect')]"
                      + ".filter(r => r.getBBox().height > 0).length,"
                      + " targets: svg.querySelectorAll('line[stroke-dasharray]').length}; });");
      assertThat(charts)
          .extracting(chart -> chart.get("label"))
          .contains(
              "Tickets by category",
              "Tickets by day",
              "Resolved tickets by resolution time",
              "Ratings by score (1 to 5)",
              "Top recurring problems");
      assertThat(charts)
          .allSatisfy(
              chart -> {
                assertThat(((Number) chart.get("width")).doubleValue()).isGreaterThan(300);
                assertThat(((Number) chart.get("height")).doubleValue()).isGreaterThan(50);
                assertThat(chart.get("display")).isEqualTo("block");
                assertThat(((Number) chart.get("bars")).longValue()).isPositive();
              });
      // the brief's targets are drawn on the charts that have one
      assertThat(charts)
          .filteredOn(chart -> ((Number) chart.get("targets")).longValue() > 0)
          .extracting(chart -> chart.get("label"))
          .contains("Resolved tickets by resolution time", "Ratings by score (1 to 5)");
      // a title with markup is shown as text, and nothing on the page runs
      assertThat((String) browser.script("return document.body.innerText;"))
          .contains("Printer <script>alert(1)</script> toner empty");
      assertThat(browser.script("return document.scripts.length;")).isEqualTo(0L);
      browser.screenshot("report-01-monthly");
    } finally {
      browser.quit();
    }
  }

  @Test
  void managerStartsTheMonthlyReportWhichIsStoredAndAnnounced() {
    Api.Reply started = manager.post(MARCH, Map.of());

    assertThat(started.status()).isEqualTo(201);
    assertThat(started.json().get("report").asText()).isEqualTo(MARCH);
    String payload =
        jdbc.queryForObject(
            "select payload from app.monthly_report where report_month = :month",
            Map.of("month", ReportSeed.MONTH),
            String.class);
    assertThat(payload).contains("\"total\":4");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app.notification where ticket_number = 'REPORT-2025-03'"
                    + " and event = 'MONTHLY_REPORT' and audience_id = 'managers'",
                Map.of(),
                Long.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select body from app.notification where ticket_number = 'REPORT-2025-03'",
                Map.of(),
                String.class))
        .containsPattern("https?://[^/\\s]+" + MARCH);
    // the page now shows the stored report
    assertThat(manager.get(MARCH).text()).contains("Tickets created</td><td>4");
  }

  @Test
  void timerWaitsForTheFirstOfNextMonthAtEight() {
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(MonthlyReport.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    Job timer = management.createJobQuery().processDefinitionId(definition).timers().singleResult();
    LocalDateTime due =
        LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.getHour()).isEqualTo(8);
  }
}
