package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Self-service in the requester portal, in a real browser: while the requester describes the
 * problem, matching published articles are offered; one that solves it ends the visit without a
 * ticket and is counted as a deflection.
 */
@IntegrationTest
class KnowledgePortalBrowserIT {

  private static Browser browser;

  @LocalServerPort int port;

  Api staff;
  Api oscar;

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
    oscar = Api.at(port).as(TestUsers.OPERATIONS_AGENT, TestUsers.OPERATIONS_AGENT);
    browser.reset(base());
  }

  @Test
  void anArticleOfferedWhileTypingSolvesTheProblemWithoutATicket() {
    String solving =
        published(
            "Kookaburra webcam shows a black picture",
            "Open the camera privacy settings and allow desktop apps to use the camera.");
    String draft = draft("Kookaburra webcam driver");
    long ticketsBefore = staff.get("/api/tickets?size=1").json().get("totalItems").asLong();

    browser.open(base() + "/portal/");
    browser.visible("submit-form");
    browser.type("title", "Kookaburra webcam black");
    new Select(browser.find("category")).selectByValue("ENVIRONMENT_CONFIGURATION");
    browser.visible("kb-suggestions");
    browser.waitForText("kb-list", "Kookaburra webcam shows a black picture");
    assertThat(browser.text("kb-list")).doesNotContain("Kookaburra webcam driver");
    assertThat(browser.find("kb-list").findElements(org.openqa.selenium.By.tagName("li")))
        .hasSizeLessThanOrEqualTo(3);
    assertThat(draft).isNotBlank();
    browser.screenshot("knowledge-01-suggested");

    browser.click("kb-open-" + solving);
    browser.visible("kb-article");
    browser.waitForText("kb-article-body", "allow desktop apps to use the camera");
    assertThat(browser.text("kb-article-title"))
        .isEqualTo("Kookaburra webcam shows a black picture");
    assertThat(browser.find("kb-choices").isDisplayed()).isFalse();
    browser.screenshot("knowledge-02-article");

    browser.click("kb-solved");
    browser.visible("kb-thanks");
    assertThat(browser.find("submit-form").isDisplayed()).isFalse();
    browser.screenshot("knowledge-03-solved");

    JsonNode article = staff.get("/api/knowledge/" + solving).json();
    assertThat(article.get("deflectionCount").asInt()).isEqualTo(1);
    assertThat(article.get("helpedCount").asInt()).isEqualTo(1);
    assertThat(staff.get("/api/tickets?size=1").json().get("totalItems").asLong())
        .as("no ticket was submitted")
        .isEqualTo(ticketsBefore);

    // still needing help brings the form back
    browser.click("kb-again");
    browser.visible("submit-form");
    assertThat(browser.find("kb-thanks").isDisplayed()).isFalse();
  }

  private String published(String title, String solution) {
    String number = create(title, solution);
    assertThat(oscar.post("/api/knowledge/" + number + "/publish", "").status()).isEqualTo(200);
    return number;
  }

  private String draft(String title) {
    return create(title, "Reinstall the webcam driver from the Software Center.");
  }

  private String create(String title, String solution) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("symptoms", "The video call shows a black picture instead of the camera.");
    body.put("solution", solution);
    body.put("category", "ENVIRONMENT_CONFIGURATION");
    body.put("subcategory", "DRIVER_UPDATE");
    body.put("tags", List.of("webcam"));
    Api.Reply created = oscar.post("/api/knowledge", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
