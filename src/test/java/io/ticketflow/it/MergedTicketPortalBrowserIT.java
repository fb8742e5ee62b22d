package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A merged duplicate in the requester portal (headless Chromium): the page says where the problem
 * is followed up, in English and Chinese, links to the master ticket and offers no more replies.
 */
@IntegrationTest
class MergedTicketPortalBrowserIT {

  private static Browser browser;

  @LocalServerPort int port;

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
  void theDuplicatesPagePointsToTheMasterInEnglishAndChinese() {
    Api staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    Api.Reply duplicate = staff.post("/api/tickets", Tickets.howToQuestion());
    String number = duplicate.json().get("number").asText();
    String token = duplicate.json().get("accessToken").asText();
    String master =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    assertThat(
            staff
                .post(
                    "/api/tickets/" + number + "/merge",
                    Map.of("into", master, "note", "Reported twice"))
                .status())
        .isEqualTo(200);
    browser.reset(base());

    browser.open(base() + "/portal/?ticket=" + number + "#token=" + token);
    browser.status("MERGED");
    browser.visible("ticket-merged");
    assertThat(browser.text("ticket-status")).isEqualTo("Merged into another ticket");
    assertThat(browser.text("ticket-merged-text")).contains(master, "merged into it");
    assertThat(browser.text("ticket-merged-link")).isEqualTo("Go to ticket " + master);
    assertThat(browser.find("ticket-merged-link").getDomProperty("href"))
        .endsWith("/portal/?ticket=" + master);
    assertThat(browser.find("reply-form").isDisplayed()).isFalse();
    assertThat(browser.find("complaint-box").isDisplayed()).isFalse();
    browser.screenshot("portal-merged-01-english");

    new Select(browser.find("ui-language")).selectByValue("zh-CN");
    browser.waitForText("ticket-status", "已合并到其他工单");
    assertThat(browser.text("ticket-merged-text")).contains(master, "已将其合并到该工单");
    assertThat(browser.text("ticket-merged-link")).isEqualTo("前往工单 " + master);
    browser.screenshot("portal-merged-02-chinese");

    browser.click("ticket-merged-link");
    browser.waitForUrl("ticket=" + master);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
