package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.ticketflow.support.XssCorpus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile text in the requester portal, in headless Chromium: every payload of the shared corpus as
 * a ticket's title and description, as the requester's and the staff's public replies and as a file
 * name is shown literally, and none of it runs or adds an element to the page.
 */
@IntegrationTest
class PortalXssBrowserIT {

  /** Elements the page's body never holds itself: any of them came from a payload. */
  private static final String FOREIGN_ELEMENTS =
      "script, img, svg, iframe, object, embed, math, video, audio, source, style, noscript,"
          + " input[autofocus], details[ontoggle], a[href^='javascript' i], div[onmouseover], body";

  private static Browser browser;

  @LocalServerPort int port;

  Api anonymous;
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
    anonymous = Api.at(port);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    browser.reset(base());
  }

  @Test
  void hostileTextIsShownLiterallyAndNeverRuns() {
    List<String> corpus = XssCorpus.payloads();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(15);
    List<Hostile> tickets = new ArrayList<>();
    for (String payload : corpus) {
      tickets.add(hostileTicket(payload));
    }

    for (Hostile ticket : tickets) {
      browser.open(base() + "/portal/?ticket=" + ticket.number() + "#token=" + ticket.token());
      browser.visible("ticket-section");
      browser.waitForText("ticket-number", ticket.number());
      String payload = ticket.payload();

      assertThat(textOf("#ticket-title")).as(payload).isEqualTo(payload);
      List<String> messages = textsOf("#conversation p.text");
      assertThat(messages)
          .as(payload)
          .contains("Described: " + payload, "Requester: " + payload, "Staff: " + payload);
      assertThat(textsOf("#conversation button.attachment"))
          .as(payload)
          .anySatisfy(name -> assertThat(name).startsWith(ticket.storedFilename() + " ("));
      assertNothingRan(payload);
    }
    browser.screenshot("portal-xss-last-ticket");
  }

  @Test
  void hostileTextTypedIntoTheFormIsShownLiterally() {
    String payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>";
    browser.open(base() + "/portal/");
    browser.visible("submit-form");
    browser.type("title", payload);
    browser.type("description", payload + "\n\"><svg onload=\"window.__xss=1\">");
    browser.click("urgency-NORMAL");
    browser.type("requester-name", "\"><img src=x onerror=\"window.__xss=1\">");
    browser.type("requester-email", "xss@example.com");
    new org.openqa.selenium.support.ui.Select(browser.find("category"))
        .selectByValue("OPERATION_GUIDANCE");
    new org.openqa.selenium.support.ui.Select(browser.find("subcategory")).selectByValue("HOW_TO");
    browser.click("submit-button");
    browser.visible("created-section");
    assertNothingRan(payload);

    browser.open(browser.find("created-link").getDomProperty("value"));
    browser.visible("ticket-section");
    assertThat(textOf("#ticket-title")).isEqualTo(payload);
    assertNothingRan(payload);
  }

  private void assertNothingRan(String payload) {
    assertThat(browser.alertOpen()).as("an alert opened for %s", payload).isFalse();
    assertThat(browser.script("return typeof window.__xss;"))
        .as("a payload ran: %s", payload)
        .isEqualTo("undefined");
    assertThat(
            browser.script(
                "return document.body.querySelectorAll(arguments[0]).length;", FOREIGN_ELEMENTS))
        .as("an element was injected by %s", payload)
        .isEqualTo(0L);
    assertThat(
            browser.script(
                "return Array.from(document.querySelectorAll('main *')).filter(function (e) {"
                    + " return Array.from(e.attributes).some(function (a) {"
                    + " return /^on/i.test(a.name) || a.name === 'srcdoc'"
                    + " || (/^(href|src|action|formaction|data|xlink:href)$/i.test(a.name)"
                    + " && /^\\s*javascript:/i.test(a.value)); }); }).length;"))
        .as("an event handler or script address was injected by %s", payload)
        .isEqualTo(0L);
  }

  private record Hostile(String payload, String number, String token, String storedFilename) {}

  /** A ticket carrying {@code payload} everywhere a requester or agent can write text. */
  private Hostile hostileTicket(String payload) {
    Map<String, Object> request = Tickets.howToQuestion();
    request.put("title", payload);
    request.put("description", "Described: " + payload);
    Api.Reply created = anonymous.post("/api/portal/tickets", request);
    assertThat(created.status()).as(payload).isEqualTo(201);
    String number = created.json().get("number").asText();
    String token = created.json().get("accessToken").asText();
    Api requester = anonymous.with("X-Access-Token", token);
    String portal = "/api/portal/tickets/" + number;

    assertThat(
            requester.post(portal + "/replies", Map.of("body", "Requester: " + payload)).status())
        .isEqualTo(201);
    assertThat(
            mary.post(
                    "/api/tickets/" + number + "/comments",
                    Map.of("body", "Staff: " + payload, "visibility", "PUBLIC"))
                .status())
        .isEqualTo(201);
    Api.Reply file =
        requester.upload(
            portal + "/attachments",
            payload.replace("\"", "'") + ".txt",
            "plain text".getBytes(StandardCharsets.UTF_8));
    assertThat(file.status()).as(payload).isEqualTo(201);
    JsonNode stored = file.json();
    return new Hostile(payload, number, token, stored.get("filename").asText());
  }

  private String textOf(String selector) {
    return (String)
        browser.script("return document.querySelector(arguments[0]).textContent;", selector);
  }

  @SuppressWarnings("unchecked")
  private List<String> textsOf(String selector) {
    return (List<String>)
        browser.script(
            "return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.textContent; });",
            selector);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
