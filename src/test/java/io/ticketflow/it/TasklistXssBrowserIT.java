package io.ticketflow.it;

import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.config.SupportGroups;
import io.ticketflow.config.TaskFilters;
import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import io.ticketflow.support.XssCorpus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile ticket text in the real Tasklist (headless Chromium): tickets whose titles are the XSS
 * corpus's payloads, with every payload in their description, reach an agent's queue. The list of
 * tasks and each task's work form show the payloads as text, and none of them runs: no trace in the
 * page ({@code window.__xss}) and no dialog.
 */
@IntegrationTest
class TasklistXssBrowserIT {

  private static final int TITLE_MAX = 200;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void hostileTicketTextIsShownAsTextInTasklistAndNeverRuns() {
    Api staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    Api mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    List<String> payloads = XssCorpus.payloads();
    String everything = String.join("\n", payloads);
    Map<String, String> titles = new LinkedHashMap<>();
    for (String payload : payloads) {
      Map<String, Object> body = Tickets.howToQuestion();
      String title = payload.length() > TITLE_MAX ? payload.substring(0, TITLE_MAX) : payload;
      body.put("title", title);
      body.put("description", everything);
      Api.Reply created = staff.post("/api/tickets", body);
      assertThat(created.status()).as(created.text()).isEqualTo(201);
      String number = created.json().get("number").asText();
      new TicketJobs(runtime, management).runDue(number);
      titles.put(number, title);
    }

    browser.open(base() + "/camunda/app/tasklist/default/");
    browser.signInToCamunda(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    browser.click(
        By.xpath(
            "//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'"
                + TaskFilters.name(SupportGroups.TIER1, "open tickets")
                + "')]"));
    browser.visible(By.cssSelector("ol.tasks-list h4.task a"));
    browser.screenshot("tasklist-xss-01-list");
    assertNothingRan("the task list");

    titles.forEach(
        (number, title) -> {
          JsonNode task = workTask(mary, number);
          assertThat(task).as(number).isNotNull();
          assertThat(task.get("name").asText()).startsWith(number);
          browser.open(base() + "/camunda/app/tasklist/default/#/?task=" + task.get("id").asText());
          browser.waitForValue(By.cssSelector("input[id$='Field_TicketNumber']"), number);
          browser.waitForValue(By.cssSelector("input[id$='Field_TicketTitle']"), title);
          browser.waitForValue(
              By.cssSelector("textarea[id$='Field_TicketDescription']"), everything);
          assertNothingRan(title);
        });
    browser.screenshot("tasklist-xss-02-task");
    // the task's description, built from the ticket's title, on its own tab
    browser.click(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Description']"));
    browser.visible(By.xpath("//*[contains(.,'" + lastNumber(titles) + " · P4 · ')]"));
    browser.screenshot("tasklist-xss-03-description");
    assertNothingRan("the description tab");
  }

  private static void assertNothingRan(String where) {
    assertThat(browser.alertOpen()).as("a dialog opened on " + where).isFalse();
    assertThat(browser.script("return typeof window.__xss")).as(where).isEqualTo("undefined");
  }

  private static String lastNumber(Map<String, String> titles) {
    return List.copyOf(titles.keySet()).get(titles.size() - 1);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
