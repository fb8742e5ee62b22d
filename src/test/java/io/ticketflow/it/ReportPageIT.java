package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.ticketflow.support.WebappSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The managers' report page is reached with the Camunda webapps' own login, never an HTTP Basic
 * prompt: Chinese or English, a chosen month or range, and CSV headers in the page's language.
 */
@IntegrationTest
class ReportPageIT {

  /** This month, where the tickets of this test are: other months' figures stay as they are. */
  private static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

  private static boolean seeded;

  @LocalServerPort int port;

  @BeforeEach
  void ticketsOnce() {
    synchronized (ReportPageIT.class) {
      if (!seeded) {
        Api staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        for (String title : new String[] {"登录失败：密码正确却提示错误", "OA 登录失败，密码已重置"}) {
          Map<String, Object> body =
              Tickets.request(title, "SYSTEM_FAULT", "LOGIN_FAILURE", "NORMAL");
          assertThat(staff.post("/api/tickets", body).status()).isEqualTo(201);
        }
        seeded = true;
      }
    }
  }

  @Test
  void withoutAWebappLoginTheBrowserIsSentToCockpitsLoginNeverAskedForBasic() {
    for (Api client :
        new Api[] {Api.at(port), Api.at(port).as(TestUsers.MANAGER, TestUsers.MANAGER)}) {
      Api.Reply page = client.get("/reports?month=" + MONTH);
      assertThat(page.status()).isEqualTo(302);
      assertThat(page.header("Location")).endsWith("/camunda/app/cockpit/default/");
      assertThat(page.header("WWW-Authenticate")).isNull();
      assertThat(client.get("/reports/report.csv").status()).isEqualTo(302);
    }
    assertThat(Api.at(port).post("/reports", "{}").status()).isIn(302, 403);
  }

  @Test
  void agentsSignedInToTasklistAreRefused() {
    WebappSession agent =
        WebappSession.signIn(port, "tasklist", TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    assertThat(agent.page("/reports").statusCode()).isEqualTo(403);
  }

  @Test
  void managerSignedInToCockpitReadsTheReportInChineseAndEnglish() {
    WebappSession manager =
        WebappSession.signIn(port, "cockpit", TestUsers.MANAGER, TestUsers.MANAGER);

    HttpResponse<String> zh = manager.page("/reports?month=" + MONTH + "&lang=zh-CN");
    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(zh.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("form-action 'self'", "default-src 'none'");
    assertThat(zh.body())
        .contains("服务台报表 " + MONTH, "系统故障", "关键指标", "未分配")
        .contains("type=\"month\"", "value=\"" + MONTH + "\"")
        .doesNotContain("SYSTEM_FAULT", "<script");

    String first = MONTH + "-01";
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    HttpResponse<String> en = manager.page("/reports?from=" + first + "&to=" + today + "&lang=en");
    assertThat(en.body())
        .contains("Service desk report " + first + "–" + today, "System fault", "Login failure")
        .contains("Volume by channel", "Unassigned")
        .doesNotContain("SYSTEM_FAULT");

    HttpResponse<String> csv = manager.page("/reports/report.csv?month=" + MONTH + "&lang=zh-CN");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFF部分,名称,数值\r\n").contains("系统故障");
    assertThat(manager.page("/reports?month=2025-13").statusCode()).isEqualTo(400);
  }

  @Test
  void iconAndStyleSheetNeedNoLogin() {
    Api.Reply icon = Api.at(port).get("/favicon.ico");
    assertThat(icon.status()).isEqualTo(200);
    assertThat(icon.header("WWW-Authenticate")).isNull();
    assertThat(Api.at(port).get("/reports/report.css").status()).isEqualTo(200);
  }

  @Test
  void managerPicksAMonthOnThePageInBothLanguages() {
    Browser browser = Browser.start();
    try {
      browser.open(base() + "/reports");
      browser.waitForUrl("/camunda/app/cockpit/");
      browser.signInToCamunda(TestUsers.MANAGER, TestUsers.MANAGER);

      browser.open(base() + "/reports?lang=zh-CN");
      browser.visible("month");
      browser.script("document.getElementById('month').value = arguments[0];", MONTH);
      browser.click("show-month");
      browser.waitForUrl("month=" + MONTH);
      assertThat(browser.title()).isEqualTo("服务台报表 " + MONTH);
      assertThat(browser.text("main")).contains("系统故障", "登录失败", "标题常见词", "密码", "未分配");
      browser.screenshot("report-01-month-zh-CN");
      browser.script(
          "[...document.querySelectorAll('th')].find(th => th.textContent === '标题常见词')"
              + ".scrollIntoView();");
      browser.screenshot("report-01-problems-zh-CN");

      browser.click("lang-en");
      browser.waitForUrl("lang=en");
      assertThat(browser.title()).isEqualTo("Service desk report " + MONTH);
      assertThat(browser.text("main")).contains("System fault", "Common title words");
      browser.screenshot("report-02-month-en");
    } finally {
      browser.quit();
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
