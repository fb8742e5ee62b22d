package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager works in Cockpit in Chinese with the engine's query limit on: the process-definition
 * page (its instance list, version selector and running-instance statistics), an instance's page
 * with its activity history, the decisions and a decision page load without one failing request in
 * the browser's network log; the desk's reports are one click away in Cockpit's navigation, and the
 * CE end-of-life banner is not shown.
 */
@IntegrationTest
class CockpitChineseBrowserIT {

  private static Browser browser;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start("zh-CN");
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void managerOpensEveryViewOfTheTicketProcessInChineseWithoutAFailingRequest() {
    Api staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    Map<String, Object> body =
        Tickets.request("打印机无法连接", "SYSTEM_FAULT", "SOFTWARE_BUG", "IMPORTANT");
    JsonNode created = staff.post("/api/tickets", body).json();
    String number = created.get("number").asText();
    new TicketJobs(runtime, management).runDue(number);
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("ticket-handling")
            .latestVersion()
            .singleResult()
            .getId();

    String cockpit = base() + "/camunda/app/cockpit/default/";
    browser.open(cockpit + "#/processes");
    browser.visible(By.cssSelector("form[name='signinForm']"));
    browser.screenshot("cockpit-zh-01-sign-in");
    // the sign-in page asks who is signed in (404: nobody) and for a welcome text (404: none)
    assertThat(browser.failedRequests())
        .allMatch(
            r -> r.startsWith("404 GET ") && r.matches(".*/(auth/user/default|camunda-welcome)$"));
    browser.signInToCamunda(TestUsers.MANAGER, TestUsers.MANAGER);
    browser.visible(By.xpath("//a[normalize-space(.)='Ticket handling']"));
    browser.screenshot("cockpit-zh-02-processes");
    assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
    browser.visible(By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='流程']"));
    assertThat(browser.visible(By.id("tf-reports-link")).getText()).isEqualTo("工单报表");
    assertThat(browser.visible(By.id("tf-reports-link")).getAttribute("href"))
        .endsWith("/reports/");
    assertThat(shown(".ce-eol-banner")).isFalse();
    assertThat(browser.failedRequests()).as("failed requests on the processes page").isEmpty();

    browser.click(By.xpath("//a[normalize-space(.)='Ticket handling']"));
    browser.waitForUrl("/process-definition/");
    String instance = new TicketJobs(runtime, management).handlingInstance(number);
    browser.visible(By.cssSelector("a[href*='process-instance/" + instance + "']"));
    browser.visible(By.xpath("//*[normalize-space(.)='定义版本：']"));
    browser.screenshot("cockpit-zh-03-definition-runtime");
    assertThat(browser.failedRequests()).as("failed requests on the definition page").isEmpty();

    // the version selector: filled from the versions of the key, an unpaged query of Cockpit's
    browser.gone(By.cssSelector("dd.definition-version .animate-spin"));
    browser.visible(
        By.xpath("//dd[contains(@class,'definition-version')][normalize-space(.)!='']"));
    browser.screenshot("cockpit-zh-04-version");
    assertThat(browser.failedRequests()).as("failed requests of the version selector").isEmpty();

    browser.open(cockpit + "#/process-instance/" + instance + "/runtime");
    browser.visible(By.xpath("//*[normalize-space(.)='实例 ID：']"));
    browser.screenshot("cockpit-zh-05-instance");
    assertThat(browser.failedRequests()).as("failed requests on the instance page").isEmpty();

    browser.open(cockpit + "#/decisions");
    browser.visible(By.xpath("//a[normalize-space(.)='Decide ticket priority']"));
    browser.screenshot("cockpit-zh-06-decisions");
    assertThat(browser.failedRequests()).as("failed requests on the decisions page").isEmpty();

    browser.click(By.xpath("//a[normalize-space(.)='Decide ticket priority']"));
    browser.waitForUrl("/decision-definition/");
    // the decision's own page: its sidebar, with the versions of its key loaded
    browser.visible(By.xpath("//dt[normalize-space(.)='定义版本：']"));
    browser.gone(By.cssSelector("dd.definition-version .animate-spin"));
    browser.visible(
        By.xpath("//dd[contains(@class,'definition-version')][normalize-space(.)!='']"));
    browser.screenshot("cockpit-zh-07-decision");
    assertThat(browser.failedRequests()).as("failed requests on the decision page").isEmpty();

    browser.open(cockpit + "#/dashboard");
    browser.visible(By.id("tf-reports-link"));
    assertThat(browser.failedRequests()).as("failed requests on the dashboard").isEmpty();
  }

  private boolean shown(String css) {
    return (Boolean)
        browser.script(
            "const e = document.querySelector(arguments[0]);"
                + " return !!e && e.offsetParent !== null;",
            css);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
