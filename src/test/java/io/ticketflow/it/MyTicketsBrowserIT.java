package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.Mailbox;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A requester in a real browser (headless Chromium), in English and Chinese: asks for a sign-in
 * link, opens it from the mail, sees all their tickets, opens one and replies, and signs out.
 */
@IntegrationTest
class MyTicketsBrowserIT {

  private static final Pattern LINK =
      Pattern.compile("http\\S+?(/portal/\\?my-tickets#sign-in=\\S+)");
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired GreenMail smtp;

  Api staff;
  Api anonymous;

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
    anonymous = Api.at(port);
    browser.reset(base());
  }

  @Test
  void requesterSignsInByMailSeesAllTheirTicketsAndRepliesInEnglish() {
    walk("en", "Zhao Liu", "Printer on floor 3 jams", "VPN drops every hour", "It jams again.");
  }

  @Test
  void requesterSignsInByMailSeesAllTheirTicketsAndRepliesInChinese() {
    walk("zh-CN", "赵六", "三楼打印机卡纸", "VPN 每小时断开一次", "又卡纸了。");
  }

  private void walk(
      String language, String name, String phoneTitle, String webTitle, String reply) {
    String email = "requester." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String byPhone = staffTicket(email, name, phoneTitle);
    String byWeb = portalTicket(email, name, webTitle);
    String someoneElses = portalTicket("other." + email, "Someone Else", "Not yours");

    browser.open(base() + "/portal/");
    browser.visible("signin-form");
    new Select(browser.find("ui-language")).selectByValue(language);
    browser.waitForText("signin-heading", language.equals("en") ? "All my tickets" : "我的全部工单");
    browser.type("signin-email", email);
    browser.click("signin-button");
    browser.visible("signin-sent");
    browser.screenshot("mytickets-" + language + "-01-link-asked");

    browser.open(base() + linkIn(email));
    browser.visible("mytickets-section");
    assertThat(browser.currentUrl()).doesNotContain("sign-in=").endsWith("/portal/?my-tickets");
    assertThat(browser.text("mytickets-email")).isEqualTo(email);
    List<String> rows =
        browser.visible(By.id("mytickets-list")).findElements(By.cssSelector("tr")).stream()
            .map(row -> row.getText())
            .toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).contains(byWeb, webTitle);
    assertThat(rows.get(1))
        .contains(byPhone, phoneTitle, language.equals("en") ? "Phone" : "电话")
        .contains(language.equals("en") ? "First answer by" : "前首次答复");
    assertThat(String.join("\n", rows)).doesNotContain(someoneElses);
    browser.screenshot("mytickets-" + language + "-02-list");

    browser.click(By.linkText(byPhone));
    browser.visible("ticket-section");
    browser.waitForText("ticket-number", byPhone);
    assertThat(browser.text("ticket-title")).isEqualTo(phoneTitle);
    browser.type("reply-body", reply);
    browser.click(By.cssSelector("#reply-form button[type='submit']"));
    browser.waitForText("conversation", reply);
    browser.screenshot("mytickets-" + language + "-03-replied");

    JsonNode comments = staff.get("/api/tickets/" + byPhone).json().get("comments");
    assertThat(comments.toString()).contains(reply);
    // another requester's ticket stays closed to this session
    browser.open(base() + "/portal/?ticket=" + someoneElses);
    browser.visible("lookup-form");

    browser.open(base() + "/portal/?my-tickets");
    browser.visible("mytickets-section");
    browser.click("signout");
    browser.visible("home");
    browser.screenshot("mytickets-" + language + "-04-signed-out");
    browser.open(base() + "/portal/?my-tickets");
    browser.visible("signin-form");
    browser.visible("notice");
  }

  private String linkIn(String email) {
    MimeMessage mail =
        Mailbox.awaitFirst(
            smtp, message -> to(message, email) && Mailbox.text(message).contains("#sign-in="));
    Matcher link = LINK.matcher(Mailbox.text(mail));
    assertThat(link.find()).isTrue();
    // the configured portal address names no port in tests; the path and the fragment are the link
    return link.group(1);
  }

  private static boolean to(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String staffTicket(String email, String name, String title) {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("title", title);
    body.put("channel", "PHONE");
    requester(body, email, name);
    Api.Reply reply = staff.post("/api/tickets", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().get("number").asText();
  }

  private String portalTicket(String email, String name, String title) {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("title", title);
    requester(body, email, name);
    Api.Reply reply = anonymous.post("/api/portal/tickets", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().get("number").asText();
  }

  @SuppressWarnings("unchecked")
  private static void requester(Map<String, Object> body, String email, String name) {
    Map<String, Object> requester = (Map<String, Object>) body.get("requester");
    requester.put("email", email);
    requester.put("name", name);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
