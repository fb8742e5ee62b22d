package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.support.Api;
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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A requester signs in with a link by e-mail and sees all their tickets, of every channel, and
 * never another requester's: the link works once and not after it expired, the session ends at
 * sign-out, the answer to "send me a link" is the same for unknown addresses, and both limits hold.
 */
@IntegrationTest
class RequesterSignInIT {

  private static final Pattern SIGN_IN = Pattern.compile("#sign-in=([A-Za-z0-9_-]{43})");
  private static final String COOKIE = "ticketflow_requester";

  @LocalServerPort int port;
  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;

  Api anonymous;
  Api staff;
  String alice;
  String bob;

  @BeforeEach
  void clients() {
    anonymous = Api.at(port);
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    String run = UUID.randomUUID().toString().substring(0, 8);
    alice = "alice." + run + "@example.com";
    bob = "bob." + run + "@example.com";
  }

  @Test
  void signedInRequesterSeesAllTheirTicketsOfEveryChannelAndNoOneElses() {
    String byPhone = open(alice.toUpperCase(), "PHONE", "Printer on floor 3 jams");
    String byWeb = portalTicket(alice, "VPN drops every hour");
    String bobs = portalTicket(bob, "Bob's laptop does not boot");

    assertThat(anonymous.post("/api/portal/sign-in", Map.of("email", alice.toUpperCase())).status())
        .isEqualTo(202);
    String link = linkIn(awaitMail(alice));
    assertThat(link).contains("/portal/?my-tickets#sign-in=");
    String secret = secretOf(link);
    // the outbox keeps the link without its secret
    assertThat(
            jdbc.queryForList(
                "select body from app.notification where recipient = ? and event = 'SIGN_IN_LINK'",
                String.class,
                alice))
        .isNotEmpty()
        .allSatisfy(
            body -> assertThat(body).contains("/portal/?my-tickets").doesNotContain(secret));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app.requester_sign_in where token_hash = ?",
                Integer.class,
                sha256(secret)))
        .isOne();

    Api.Reply opened = anonymous.post("/api/portal/session", Map.of("token", secret));
    assertThat(opened.status()).as(opened.text()).isEqualTo(200);
    String cookie = opened.header("Set-Cookie");
    assertThat(cookie)
        .startsWith(COOKIE + "=")
        .contains("HttpOnly", "SameSite=Strict", "Path=/api/portal", "Max-Age=");
    Api signedIn = Api.at(port).with("Cookie", cookie.substring(0, cookie.indexOf(';')));
    // the link works once
    assertThat(anonymous.post("/api/portal/session", Map.of("token", secret)).status())
        .isEqualTo(401);

    Api.Reply mine = signedIn.get("/api/portal/my-tickets");
    assertThat(mine.status()).as(mine.text()).isEqualTo(200);
    JsonNode list = mine.json();
    assertThat(list.get("email").asText()).isEqualTo(alice);
    assertThat(numbers(list)).containsExactly(byWeb, byPhone);
    JsonNode phone = list.get("tickets").get(1);
    assertThat(phone.get("channel").asText()).isEqualTo("PHONE");
    assertThat(phone.get("status").asText()).isNotBlank();
    assertThat(phone.get("nextDue").asText()).isEqualTo("FIRST_RESPONSE");
    assertThat(phone.get("nextDueAt").asText()).matches(".*[+-]\\d\\d:\\d\\d$");

    // the session opens the requester's own tickets, without their access tokens...
    assertThat(signedIn.get("/api/portal/tickets/" + byPhone).status()).isEqualTo(200);
    assertThat(
            signedIn
                .post("/api/portal/tickets/" + byPhone + "/replies", Map.of("body", "Still jams."))
                .status())
        .isEqualTo(201);
    // ...and nobody else's: Bob's ticket is "not found", to read and to write
    Api.Reply other = signedIn.get("/api/portal/tickets/" + bobs);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.text()).doesNotContain("Bob");
    assertThat(
            signedIn
                .post("/api/portal/tickets/" + bobs + "/replies", Map.of("body", "hello"))
                .status())
        .isEqualTo(404);
    assertThat(signedIn.get("/api/portal/tickets/" + bobs + "/attachments").status())
        .isEqualTo(404);

    // signing out ends the session on the server, whatever the browser keeps
    Api.Reply out = signedIn.delete("/api/portal/session");
    assertThat(out.status()).isEqualTo(204);
    assertThat(out.header("Set-Cookie")).startsWith(COOKIE + "=;").contains("Max-Age=0");
    assertThat(signedIn.get("/api/portal/my-tickets").status()).isEqualTo(401);
    assertThat(signedIn.get("/api/portal/tickets/" + byPhone).status()).isEqualTo(404);
  }

  @Test
  void unknownAddressGetsTheSameAnswerAndNoMail() {
    String nobody = "nobody." + UUID.randomUUID() + "@example.com";
    Api.Reply reply = anonymous.post("/api/portal/sign-in", Map.of("email", nobody));
    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.text()).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app.notification where recipient = ?", Integer.class, nobody))
        .isZero();
    assertThat(anonymous.get("/api/portal/my-tickets").status()).isEqualTo(401);
    // the portal's public calls are exactly the listed ones
    assertThat(anonymous.get("/api/portal/sign-in").status()).isEqualTo(403);
    assertThat(anonymous.post("/api/portal/my-tickets", Map.of()).status()).isEqualTo(403);
    assertThat(anonymous.get("/api/portal/sessions").status()).isEqualTo(403);
    assertThat(anonymous.post("/api/portal/session", Map.of("token", "x".repeat(43))).status())
        .isEqualTo(401);
  }

  @Test
  void expiredLinkOpensNoSession() {
    portalTicket(alice, "Mail client crashes on start");
    anonymous.post("/api/portal/sign-in", Map.of("email", alice, "language", "zh-CN"));
    MimeMessage mail = awaitMail(alice);
    assertThat(Mailbox.subject(mail)).isEqualTo("服务台登录链接");
    String secret = secretOf(linkIn(mail));
    jdbc.update(
        "update app.requester_sign_in set expires_at = expires_at - interval '1 hour'"
            + " where email = ?",
        alice);
    assertThat(anonymous.post("/api/portal/session", Map.of("token", secret)).status())
        .isEqualTo(401);
  }

  @Test
  void staffSendTheSignInLinkFromATicket() {
    String number = portalTicket(bob, "Calendar does not sync");
    assertThat(Api.at(port).post("/api/tickets/" + number + "/portal-link", Map.of()).status())
        .isEqualTo(401);
    assertThat(staff.post("/api/tickets/TS20000101-0001/portal-link", Map.of()).status())
        .isEqualTo(404);
    assertThat(staff.post("/api/tickets/" + number + "/portal-link", Map.of()).status())
        .isEqualTo(202);
    assertThat(linkIn(awaitMail(bob))).contains("#sign-in=");
  }

  @Test
  void linksPerAddressAreLimitedAlikeForKnownAndUnknownAddresses() {
    String unknown = "flood." + UUID.randomUUID() + "@example.com";
    List<Integer> statuses =
        java.util.stream.IntStream.range(0, 6)
            .mapToObj(i -> anonymous.post("/api/portal/sign-in", Map.of("email", unknown)).status())
            .toList();
    assertThat(statuses).containsExactly(202, 202, 202, 202, 202, 429);
    Api.Reply refused = anonymous.post("/api/portal/sign-in", Map.of("email", unknown));
    assertThat(refused.header("Retry-After")).isNotBlank();
    assertThat(refused.contentType()).startsWith("application/problem+json");
    Api.Reply bad = anonymous.post("/api/portal/sign-in", Map.of("email", "not an address"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
  }

  private String open(String email, String channel, String title) {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("title", title);
    body.put("channel", channel);
    @SuppressWarnings("unchecked")
    Map<String, Object> requester = (Map<String, Object>) body.get("requester");
    requester.put("email", email);
    Api.Reply reply = staff.post("/api/tickets", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().get("number").asText();
  }

  private String portalTicket(String email, String title) {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("title", title);
    @SuppressWarnings("unchecked")
    Map<String, Object> requester = (Map<String, Object>) body.get("requester");
    requester.put("email", email);
    requester.put("name", email.startsWith("bob") ? "Bob Li" : "Alice Wang");
    Api.Reply reply = anonymous.post("/api/portal/tickets", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().get("number").asText();
  }

  private static List<String> numbers(JsonNode list) {
    return StreamSupport.stream(list.get("tickets").spliterator(), false)
        .map(item -> item.get("number").asText())
        .toList();
  }

  private MimeMessage awaitMail(String address) {
    Predicate<MimeMessage> signIn =
        message -> to(message, address) && Mailbox.text(message).contains("#sign-in=");
    return Mailbox.awaitFirst(smtp, signIn);
  }

  private static boolean to(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String linkIn(MimeMessage message) {
    Matcher link = Pattern.compile("http\\S+#sign-in=\\S+").matcher(Mailbox.text(message));
    assertThat(link.find()).as("a sign-in link in the mail").isTrue();
    return link.group();
  }

  private static String secretOf(String link) {
    Matcher secret = SIGN_IN.matcher(link);
    assertThat(secret.find()).isTrue();
    return secret.group(1);
  }

  private static String sha256(String value) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
