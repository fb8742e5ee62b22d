package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.Mailbox;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The requester portal over plain HTTP: its pages are public and served under a strict content
 * security policy, and mails link to the ticket with a token minted for each mail, which the outbox
 * never holds.
 */
@IntegrationTest
class PortalIT {

  @LocalServerPort int port;
  @Autowired GreenMail smtp;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void portalPagesArePublicAndServedWithSecurityHeaders() {
    Api anonymous = Api.at(port);
    for (String path :
        new String[] {
          "/portal", "/portal/", "/portal/?ticket=TS20261122-0001", "/portal/index.html"
        }) {
      Api.Reply page = anonymous.get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.contentType()).as(path).startsWith("text/html");
      assertThat(page.text())
          .as(path)
          .contains("<script src=\"/portal/portal.js\" defer></script>");
      assertSecurityHeaders(page, path);
    }
    for (String[] file :
        new String[][] {
          {"/portal/portal.js", "javascript"},
          {"/portal/portal.css", "text/css"},
          {"/portal/i18n/zh-CN.json", "application/json"}
        }) {
      Api.Reply asset = anonymous.get(file[0]);
      assertThat(asset.status()).as(file[0]).isEqualTo(200);
      assertThat(asset.contentType()).as(file[0]).contains(file[1]);
      assertSecurityHeaders(asset, file[0]);
    }
    assertThat(anonymous.get("/portal/missing.js").status()).isEqualTo(404);
    assertThat(anonymous.post("/portal/", "{}").status()).isEqualTo(403);
    assertThat(anonymous.get("/api/portal/tickets/TS20261122-0001").header("Referrer-Policy"))
        .isEqualTo("no-referrer");
  }

  @Test
  void theRequestersMailsLinkWithAFreshTokenWhichTheOutboxNeverHolds() throws Exception {
    Map<String, Object> request = Tickets.howToQuestion();
    @SuppressWarnings("unchecked")
    Map<String, Object> requester = (Map<String, Object>) request.get("requester");
    requester.put("email", "wang.wu@example.com");
    JsonNode created = Api.at(port).post("/api/portal/tickets", request).json();
    String number = created.get("number").asText();
    String token = created.get("accessToken").asText();

    new TicketJobs(runtime, management).runDue(number);

    MimeMessage acknowledgement =
        Mailbox.awaitFirst(
            smtp, m -> subject(m).contains(number) && subject(m).contains("We received"));
    MimeMultipart parts = (MimeMultipart) acknowledgement.getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    Matcher link =
        Pattern.compile(Pattern.quote("/portal?ticket=" + number) + "#token=([A-Za-z0-9_-]{43})")
            .matcher(text);
    assertThat(link.find()).as(text).isTrue();
    String mailToken = link.group(1);
    assertThat(mailToken).as("each mail gets a token of its own").isNotEqualTo(token);
    assertThat((String) parts.getBodyPart(1).getContent())
        .contains("href=\"http://localhost:")
        .contains("#token=" + mailToken);
    assertThat(
            Api.at(port)
                .with("X-Access-Token", mailToken)
                .get("/api/portal/tickets/" + number)
                .status())
        .isEqualTo(200);

    Api staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    String outbox = staff.get("/api/notifications?ticket=" + number).text();
    assertThat(outbox)
        .contains("/portal?ticket=" + number)
        .doesNotContain(token)
        .doesNotContain(mailToken);
  }

  private static void assertSecurityHeaders(Api.Reply reply, String path) {
    String policy = reply.header("Content-Security-Policy");
    assertThat(policy)
        .as(path)
        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    assertThat(reply.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
