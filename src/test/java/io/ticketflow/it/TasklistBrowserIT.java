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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist and Cockpit in a real browser (headless Chromium): an agent finds an urgent ticket in
 * the group's shared "unassigned P1/P2" filter, claims and resolves it with the work form; a
 * manager finds the ticket's process instance in Cockpit by its business key.
 */
@IntegrationTest
class TasklistBrowserIT {

  private static final String TITLE = "Order entry crashes on save";
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Api staff;
  Api amy;

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

  @BeforeEach
  void clients() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    amy = Api.at(port).as(TestUsers.APPLICATIONS_AGENT, TestUsers.APPLICATIONS_AGENT);
  }

  @Test
  void agentResolvesAnUrgentTicketInTasklistAndAManagerFindsItInCockpit() {
    Map<String, Object> body = Tickets.request(TITLE, "SYSTEM_FAULT", "SOFTWARE_BUG", "URGENT");
    body.put("impact", "ENTERPRISE");
    JsonNode created = staff.post("/api/tickets", body).json();
    String number = created.get("number").asText();
    assertThat(created.get("priority").asText()).isEqualTo("P1");
    new TicketJobs(runtime, management).runDue(number);

    JsonNode task = workTask(amy, number);
    assertThat(task.get("name").asText()).isEqualTo(number + " · P1 · " + TITLE);
    assertThat(task.get("priority").asInt()).isEqualTo(100);
    assertThat(task.get("due").isNull()).isFalse();
    assertThat(task.get("assignee").isNull()).isTrue();
    String unassignedUrgent = TaskFilters.name(SupportGroups.APPLICATIONS, "unassigned P1/P2");
    assertThat(filterTasks(amy, unassignedUrgent)).contains(number + " · P1 · " + TITLE);

    browser.open(base() + "/camunda/app/tasklist/default/");
    browser.signInToCamunda(TestUsers.APPLICATIONS_AGENT, TestUsers.APPLICATIONS_AGENT);
    browser.click(
        By.xpath(
            "//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'"
                + unassignedUrgent
                + "')]"));
    By taskLink =
        By.xpath(
            "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(.,'"
                + number
                + "')]");
    browser.visible(taskLink);
    browser.screenshot("tasklist-01-unassigned-urgent");
    browser.click(taskLink);
    browser.click(By.cssSelector(".task-card button.claim"));
    browser.gone(By.cssSelector(".task-card button.claim"));
    browser.visible(By.cssSelector(".task-card button.unclaim"));
    browser.waitForValue(By.cssSelector("input[id$='Field_TicketNumber']"), number);
    browser.waitForValue(By.cssSelector("input[id$='Field_TicketTitle']"), TITLE);
    browser.waitForValue(By.cssSelector("input[id$='Field_PriorityLabel']"), "P1 · critical");
    browser.waitForValue(
        By.cssSelector("input[id$='Field_Classification']"), "System fault › Software bug");
    browser.screenshot("tasklist-02-claimed");
    assertThat(workTask(amy, number).get("assignee").asText())
        .isEqualTo(TestUsers.APPLICATIONS_AGENT);

    browser.click(By.xpath("//label[normalize-space(.)='Resolved']"));
    browser
        .visible(By.cssSelector("textarea[id$='Field_Resolution']"))
        .sendKeys("Patched the save handler; order entry saves again.");
    browser.screenshot("tasklist-03-resolution");
    browser.click(By.xpath("//button[normalize-space(.)='Complete']"));
    browser.visible(By.cssSelector(".no-task"));

    new TicketJobs(runtime, management).runDue(number);
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("status").asText()).isIn("RESOLVED", "WAITING_CONFIRMATION");
    assertThat(workTask(amy, number)).isNull();

    browser.signOut();
    browser.open(base() + "/camunda/app/cockpit/default/#/processes");
    browser.signInToCamunda(TestUsers.MANAGER, TestUsers.MANAGER);
    browser.click(By.linkText("Ticket handling"));
    browser.waitForUrl("/process-definition/");
    String definition =
        browser.currentUrl().replaceAll("^.*#/process-definition/([^/?]+).*$", "$1");
    browser.open(
        base()
            + "/camunda/app/cockpit/default/#/process-definition/"
            + definition
            + "/runtime?businessKey="
            + number);
    String instance = new TicketJobs(runtime, management).handlingInstance(number);
    browser.visible(By.cssSelector("a[href*='process-instance/" + instance + "']"));
    browser.screenshot("cockpit-01-instance-by-business-key");
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** The names of the tasks the filter shows to the agent, through the engine REST API. */
  private static List<String> filterTasks(Api agent, String filterName) {
    JsonNode filters = agent.get("/engine-rest/filter?resourceType=Task&maxResults=200").json();
    List<String> names = new ArrayList<>();
    for (JsonNode filter : filters) {
      if (filter.get("name").asText().equals(filterName)) {
        agent
            .get("/engine-rest/filter/" + filter.get("id").asText() + "/list?maxResults=200")
            .json()
            .forEach(t -> names.add(t.get("name").asText()));
      }
    }
    return names;
  }
}
