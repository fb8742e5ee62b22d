package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The requester portal in a real browser (headless Chromium): submit a request, follow it, confirm
 * the solution and rate it, as a requester would.
 */
@IntegrationTest
class PortalBrowserIT {

  private static Browser browser;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Api staff;
  Api mary;

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
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    browser.reset(base());
  }

  @Test
  void requesterSubmitsFollowsConfirmsAndRatesATicketInTheBrowser(@TempDir Path files)
      throws IOException {
    Path log = Files.writeString(files.resolve("export.log"), "09:12 E-500 export failed\n");
    browser.open(base() + "/portal/");
    browser.visible("submit-form");
    browser.type("title", "Export of the <b>monthly</b> report fails");
    new Select(browser.find("category")).selectByValue("OPERATION_GUIDANCE");
    new Select(browser.find("subcategory")).selectByValue("HOW_TO");
    browser.click("urgency-NORMAL");
    browser.type("description", "Reports > Export is greyed out since 09:12.\nError: E-500");
    browser.type("requester-name", "Zhang San");
    browser.type("requester-email", "zhang.san@example.com");
    browser.find("submit-file").sendKeys(log.toAbsolutePath().toString());
    browser.screenshot("portal-01-submit");
    browser.click("submit-button");

    browser.visible("created-section");
    String number = browser.text("created-number");
    String token = browser.text("created-token");
    String link = browser.find("created-link").getDomProperty("value");
    assertThat(number).matches("TS\\d{8}-\\d{4,}");
    assertThat(token).hasSize(43);
    assertThat(link).endsWith("/portal/?ticket=" + number + "#token=" + token);
    // the confirmation says when the first answer is due, with its time zone
    browser.waitForText("created-due", ":");
    assertThat(browser.text("created-due")).matches(".*\\d{1,2}:\\d{2}.*(GMT|UTC|CST).*");
    browser.screenshot("portal-02-created");

    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("channel").asText()).isEqualTo("WEB");
    JsonNode attached = staff.get("/api/tickets/" + number + "/attachments").json();
    assertThat(attached).hasSize(1);
    assertThat(attached.get(0).get("filename").asText()).isEqualTo("export.log");
    assertThat(attached.get(0).get("authorType").asText()).isEqualTo("REQUESTER");
    assertThat(ticket.get("status").asText()).isEqualTo("WAITING_ASSIGNMENT");

    // an agent takes the ticket and resolves it through the engine REST API, as Tasklist does
    JsonNode task = workTask(mary, number);
    assertThat(task).isNotNull();
    String taskId = task.get("id").asText();
    assertThat(
            mary.post(
                    "/engine-rest/task/" + taskId + "/claim",
                    Map.of("userId", TestUsers.TIER1_AGENT))
                .status())
        .isEqualTo(204);
    assertThat(
            mary.post(
                "/engine-rest/task/" + taskId + "/submit-form",
                form(
                    Vars.OUTCOME,
                    "RESOLVED",
                    Vars.RESOLUTION,
                    "Granted the Export permission to the Finance role.")))
        .extracting(Api.Reply::status)
        .isEqualTo(204);
    new TicketJobs(runtime, management).runDue(number);

    // the personal link opens the ticket; the token leaves the address bar at once
    browser.open(link);
    browser.status("WAITING_CONFIRMATION");
    assertThat(browser.currentUrl()).doesNotContain(token);
    assertThat(browser.text("ticket-title")).isEqualTo("Export of the <b>monthly</b> report fails");
    assertThat(browser.text("ticket-resolution"))
        .isEqualTo("Granted the Export permission to the Finance role.");
    assertThat(browser.text("conversation"))
        .contains("Reports > Export is greyed out")
        .contains("export.log")
        // the agent's answer is part of the conversation too, not only the solution box
        .contains("Granted the Export permission to the Finance role.");
    browser.screenshot("portal-03-resolved");

    browser.click("confirm-yes");
    browser.status("CLOSED");
    browser.visible("feedback-form");
    browser.screenshot("portal-04-closed");

    browser.click("rating-SATISFIED");
    new Select(browser.find("feedback-score")).selectByValue("5");
    browser.type("feedback-comment", "Quick help, thank you");
    browser.click("feedback-submit");
    browser.visible("ticket-rating-box");
    assertThat(browser.find("feedback-form").isDisplayed()).isFalse();
    // the score and the comment are echoed back with the rating
    assertThat(browser.text("ticket-score")).isEqualTo("5 / 5");
    assertThat(browser.text("ticket-feedback-comment")).isEqualTo("Quick help, thank you");
    browser.screenshot("portal-05-rated");

    JsonNode closed = staff.get("/api/tickets/" + number).json();
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("rating").asText()).isEqualTo("SATISFIED");
    assertThat(closed.get("score").asInt()).isEqualTo(5);

    // the same page in Simplified Chinese; the ticket is remembered for this tab
    browser.open(base() + "/portal/?ticket=" + number);
    browser.status("CLOSED");
    new Select(browser.find("ui-language")).selectByValue("zh-CN");
    browser.waitForText("ticket-status", "已关闭");
    assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
    // the short label 语言 stays on one line
    Number labelHeight =
        (Number)
            browser.script(
                "const l = document.querySelector('label[for=ui-language]');"
                    + " return l.getBoundingClientRect().height"
                    + " / parseFloat(getComputedStyle(l).fontSize);");
    assertThat(labelHeight.doubleValue()).isLessThan(2);
    browser.screenshot("portal-06-chinese");
  }

  @Test
  void aCommonRequestFillsTheFormAndTheRequesterMayStillChangeIt() {
    browser.open(base() + "/portal/");
    browser.visible("request-template-field");
    new Select(browser.find("request-template")).selectByVisibleText("VPN not connecting");

    assertThat(browser.find("title").getDomProperty("value")).isEqualTo("VPN does not connect");
    assertThat(browser.find("description").getDomProperty("value"))
        .startsWith("Where are you working from");
    assertThat(browser.find("category").getDomProperty("value"))
        .isEqualTo("ENVIRONMENT_CONFIGURATION");
    assertThat(browser.find("subcategory").getDomProperty("value")).isEqualTo("NETWORK_SETTINGS");
    assertThat(browser.find("urgency-IMPORTANT").isSelected()).isTrue();
    assertThat(browser.find("impact").getDomProperty("value")).isEqualTo("INDIVIDUAL");
    assertThat(browser.text("notice")).contains("VPN not connecting");
    browser.screenshot("portal-08-common-request");

    browser.type("title", "VPN does not connect from the Shenzhen office");
    new Select(browser.find("impact")).selectByValue("DEPARTMENT");
    browser.type("requester-name", "Wang Wu");
    browser.type("requester-email", "wang.wu@example.com");
    browser.click("submit-button");
    browser.visible("created-section");

    JsonNode ticket = staff.get("/api/tickets/" + browser.text("created-number")).json();
    assertThat(ticket.get("title").asText())
        .isEqualTo("VPN does not connect from the Shenzhen office");
    assertThat(ticket.get("description").asText()).contains("VPN client and version:");
    assertThat(ticket.get("subcategory").asText()).isEqualTo("NETWORK_SETTINGS");
    assertThat(ticket.get("urgency").asText()).isEqualTo("IMPORTANT");
    assertThat(ticket.get("impact").asText()).isEqualTo("DEPARTMENT");

    // in Chinese the portal offers the Chinese requests
    browser.open(base() + "/portal/");
    new Select(browser.find("ui-language")).selectByValue("zh-CN");
    browser.waitForText("request-template", "VPN 无法连接");
    assertThat(browser.text("request-template")).doesNotContain("VPN not connecting");
  }

  @Test
  void mistakesAreShownNextToTheirFieldsAndAWrongTokenOpensNothing() {
    browser.open(base() + "/portal/");
    browser.visible("submit-form");
    browser.type("title", "Printer offline");
    browser.type("requester-name", "Li Si");
    browser.click("submit-button");

    browser.visible("description-error");
    assertThat(browser.find("description").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.text("category-error")).isNotBlank();
    assertThat(browser.text("urgency-error")).isNotBlank();
    assertThat(browser.text("requester-email-error")).contains("email address or a phone number");
    assertThat(browser.find("title-error").isDisplayed()).isFalse();
    browser.screenshot("portal-07-field-errors");

    browser.open(base() + "/portal/?ticket=TS20261122-0001#token=not-the-token");
    browser.visible("lookup-form");
    browser.waitForText("notice", "No ticket with this number and access token");
    assertThat(browser.find("lookup-number").getDomProperty("value")).isEqualTo("TS20261122-0001");
  }

  @Test
  void signingOutEverywhereEndsEveryLinkOfTheTicket() {
    JsonNode created =
        Api.at(port)
            .post("/api/portal/tickets", io.ticketflow.support.Tickets.howToQuestion())
            .json();
    String number = created.get("number").asText();
    String token = created.get("accessToken").asText();
    browser.open(base() + "/portal/?ticket=" + number + "#token=" + token);
    browser.status("WAITING_ASSIGNMENT");

    browser.click(org.openqa.selenium.By.cssSelector("#revoke-box summary"));
    browser.visible("revoke");
    browser.screenshot("portal-09-sign-out-everywhere");
    browser.click("revoke");

    browser.visible("lookup-form");
    browser.waitForText("notice", "Every link and access token of this ticket has ended");
    assertThat(
            Api.at(port)
                .with("X-Access-Token", token)
                .get("/api/portal/tickets/" + number)
                .status())
        .isEqualTo(404);
    browser.open(base() + "/portal/?ticket=" + number + "#token=" + token);
    browser.waitForText("notice", "No ticket with this number and access token");
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
