package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.Mailbox;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two requesters probing each other's tickets through every portal call: a token opens only its own
 * ticket, a revoked one nothing, and every failure looks the same and is rate limited.
 */
@IntegrationTest
class RequesterIsolationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MAIL_TOKEN = Pattern.compile("#token=([A-Za-z0-9_-]+)");

  @LocalServerPort int port;
  @Autowired GreenMail smtp;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Value("${ticketflow.portal.failed-access-per-client}")
  int failedAccessLimit;

  Api anonymous;
  Api staff;
  Api mary;

  @BeforeEach
  void clients() {
    anonymous = Api.at(port);
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
  }

  @Test
  void aRequestersTokenOpensNothingOfAnotherRequestersTicket() throws Exception {
    Submitted a = submit("Alice's laptop does not boot", "alice@example.com", "Alice Zhao");
    Submitted b = submit("Bob's printer jams", "bob@example.com", "Bob Qian");
    long aFile = uploadAs(a, "alice-secret.txt");
    long bFile = uploadAs(b, "bob.txt");
    JsonNode reference = notFoundBody(anonymous.get(portal("TS20201231-9999")));

    Map<String, Function<Api, Api.Reply>> onA = portalCalls(a.number(), aFile);
    for (Map.Entry<String, Function<Api, Api.Reply>> call : onA.entrySet()) {
      Api.Reply reply = call.getValue().apply(b.api());
      assertThat(reply.status()).as("B's token: %s", call.getKey()).isEqualTo(404);
      assertThat(notFoundBody(reply)).as("B's token: %s", call.getKey()).isEqualTo(reference);
      Api.Reply without = call.getValue().apply(anonymous);
      assertThat(notFoundBody(without)).as("no token: %s", call.getKey()).isEqualTo(reference);
      Api.Reply wrong = call.getValue().apply(anonymous.with("X-Access-Token", "x".repeat(43)));
      assertThat(notFoundBody(wrong)).as("wrong token: %s", call.getKey()).isEqualTo(reference);
    }
    // A's file through B's own ticket, with B's own token
    Api.Reply crossFile = b.api().get(portal(b.number()) + "/attachments/" + aFile);
    assertThat(notFoundBody(crossFile)).isEqualTo(reference);
    assertThat(b.api().bytes(portal(b.number()) + "/attachments/" + aFile))
        .asString(StandardCharsets.UTF_8)
        .doesNotContain("alice");
    // unknown, malformed and another ticket's number all answer the same
    assertThat(notFoundBody(a.api().get(portal("TS20201231-9998")))).isEqualTo(reference);
    assertThat(notFoundBody(a.api().get(portal("not-a-number")))).isEqualTo(reference);
    assertThat(notFoundBody(a.api().get(portal(b.number())))).isEqualTo(reference);

    // nothing happened to A's ticket, and each still sees their own
    JsonNode aView = a.api().get(portal(a.number())).json();
    assertThat(aView.get("status").asText()).isEqualTo("WAITING_ASSIGNMENT");
    assertThat(aView.get("rating")).isNull();
    assertThat(a.api().get(portal(a.number()) + "/attachments").json()).hasSize(1);
    assertThat(b.api().get(portal(b.number()) + "/attachments/" + bFile).status()).isEqualTo(200);
    assertThat(staff.get("/api/tickets/" + a.number()).json().get("comments").toString())
        .doesNotContain("from B");
  }

  @Test
  void thePortalShowsNoInternalNotesNoStaffDetailsAndNoSecrets() throws Exception {
    Submitted a = submit("VPN drops every hour", "carol@example.com", "Carol Sun");
    Submitted b = submit("Dave's mailbox is full", "dave@example.com", "Dave Li");
    assertThat(
            mary.post(
                    "/api/tickets/" + a.number() + "/comments",
                    Map.of("body", "Internal: requester is a VIP", "visibility", "INTERNAL"))
                .status())
        .isEqualTo(201);
    assertThat(
            mary.post(
                    "/api/tickets/" + a.number() + "/comments",
                    Map.of("body", "Please restart the VPN client.", "visibility", "PUBLIC"))
                .status())
        .isEqualTo(201);
    Api.Reply staffFile =
        mary.upload(
            "/api/tickets/" + a.number() + "/attachments",
            "vpn-guide.txt",
            "guide".getBytes(StandardCharsets.UTF_8));
    assertThat(staffFile.status()).isEqualTo(201);

    String view = a.api().get(portal(a.number())).text();
    String files = a.api().get(portal(a.number()) + "/attachments").text();
    JsonNode conversation = JSON.readTree(view).get("conversation");
    assertThat(conversation.findValuesAsText("from"))
        .contains("Support team")
        .isSubsetOf("Support team", "You");
    assertThat(view).contains("Please restart the VPN client.");
    for (String page : new String[] {view, files}) {
      assertThat(page)
          .doesNotContain("Internal: requester is a VIP")
          .doesNotContain(TestUsers.TIER1_AGENT)
          .doesNotContain("Mary")
          .doesNotContain("tier1")
          .doesNotContain("Dave")
          .doesNotContain(b.number())
          .doesNotContain(a.token())
          .doesNotContain(sha256(a.token()))
          .doesNotContain("accessToken")
          .doesNotContain("uploadedBy")
          .doesNotContain("assignee")
          .doesNotContain("candidateGroup");
    }
    assertThat(files).contains("vpn-guide.txt");
  }

  @Test
  void aMailCarriesAFreshTokenAndRevokingEndsEveryToken() throws Exception {
    Submitted a = submit("Projector shows no picture", "erin@example.com", "Erin Wu");
    new TicketJobs(runtime, management).runDue(a.number());
    String mailToken = mailTokenOf(a.number());
    Api fromMail = anonymous.with("X-Access-Token", mailToken);

    assertThat(mailToken).hasSize(43).isNotEqualTo(a.token());
    assertThat(fromMail.get(portal(a.number())).status()).isEqualTo(200);
    assertThat(a.api().get(portal(a.number())).status()).isEqualTo(200);
    assertThat(staff.get("/api/notifications?ticket=" + a.number()).text())
        .contains("/portal?ticket=" + a.number())
        .doesNotContain(mailToken)
        .doesNotContain(a.token());

    Api.Reply revoked = fromMail.post(portal(a.number()) + "/revoke", "");
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("number").asText()).isEqualTo(a.number());
    assertThat(revoked.json().get("revoked").asInt()).isGreaterThanOrEqualTo(2);

    JsonNode reference = notFoundBody(anonymous.get(portal("TS20201231-9999")));
    for (Api requester : new Api[] {fromMail, a.api()}) {
      for (Function<Api, Api.Reply> call : portalCalls(a.number(), 1).values()) {
        assertThat(notFoundBody(call.apply(requester))).isEqualTo(reference);
      }
    }
    // staff still see the ticket, and staff may revoke too
    Submitted b = submit("Scanner is offline", "frank@example.com", "Frank He");
    assertThat(anonymous.post("/api/tickets/" + b.number() + "/access-tokens/revoke", "").status())
        .isEqualTo(401);
    Api.Reply byStaff = mary.post("/api/tickets/" + b.number() + "/access-tokens/revoke", "");
    assertThat(byStaff.status()).isEqualTo(200);
    assertThat(byStaff.json().get("revoked").asInt()).isPositive();
    assertThat(notFoundBody(b.api().get(portal(b.number())))).isEqualTo(reference);
    assertThat(staff.get("/api/tickets/" + b.number()).status()).isEqualTo(200);
    assertThat(mary.post("/api/tickets/TS20201231-9999/access-tokens/revoke", "").status())
        .isEqualTo(404);
  }

  @Test
  void guessingIsRefusedAfterTheLimitWhileTheRightTokenStillWorksFromElsewhere() throws Exception {
    Submitted a = submit("Keyboard missing keys", "grace@example.com", "Grace Lin");
    String guesser = "127.0.0.77";

    // the allowance refills while the guesses go on, so a few more may pass than the limit
    int failures = 0;
    Raw guess = rawGet(guesser, portal(a.number()), "guess-0");
    while (guess.status() == 404 && failures < failedAccessLimit + 100) {
      failures++;
      guess = rawGet(guesser, portal(a.number()), "guess-" + failures);
    }
    assertThat(failures).isGreaterThanOrEqualTo(failedAccessLimit);
    assertThat(guess.status()).isEqualTo(429);
    assertThat(guess.header("Retry-After")).matches("\\d+");
    assertThat(guess.header("Content-Type")).startsWith("application/problem+json");
    assertThat(JSON.readTree(guess.body()).get("status").asInt()).isEqualTo(429);

    // the owner, from another address, is not affected (that successful calls never count is
    // shown in PortalAccessLimitFilterTest)
    for (int i = 0; i < 25; i++) {
      assertThat(rawGet("127.0.0.78", portal(a.number()), a.token()).status()).isEqualTo(200);
    }
    assertThat(a.api().get(portal(a.number())).status()).isEqualTo(200);
  }

  // --- the portal calls on one ticket ----------------------------------------------------------

  private Map<String, Function<Api, Api.Reply>> portalCalls(String number, long fileId) {
    String base = portal(number);
    Map<String, Function<Api, Api.Reply>> calls = new LinkedHashMap<>();
    calls.put("ticket", api -> api.get(base));
    calls.put("reply", api -> api.post(base + "/replies", Map.of("body", "from B")));
    calls.put("file list", api -> api.get(base + "/attachments"));
    calls.put("file download", api -> api.get(base + "/attachments/" + fileId));
    calls.put(
        "file upload",
        api ->
            api.upload(base + "/attachments", "b.txt", "from B".getBytes(StandardCharsets.UTF_8)));
    calls.put(
        "confirmation",
        api -> api.post(base + "/confirmation", Map.of("resolved", false, "comment", "from B")));
    calls.put("feedback", api -> api.post(base + "/feedback", Map.of("rating", "UNSATISFIED")));
    calls.put("complaint", api -> api.post(base + "/complaints", Map.of("reason", "from B")));
    calls.put("revoke", api -> api.post(base + "/revoke", ""));
    return calls;
  }

  private static String portal(String number) {
    return "/api/portal/tickets/" + number;
  }

  /** The 404 problem body; it must not tell which of number and token was wrong. */
  private static JsonNode notFoundBody(Api.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode body = reply.json();
    assertThat(body.get("title").asText()).isEqualTo("Not found");
    return body;
  }

  // --- requesters ------------------------------------------------------------------------------

  private record Submitted(String number, String token, Api api) {}

  private Submitted submit(String title, String email, String name) {
    Map<String, Object> request = Tickets.howToQuestion();
    request.put("title", title);
    @SuppressWarnings("unchecked")
    Map<String, Object> requester = (Map<String, Object>) request.get("requester");
    requester.put("email", email);
    requester.put("name", name);
    Api.Reply created = anonymous.post("/api/portal/tickets", request);
    assertThat(created.status()).isEqualTo(201);
    String number = created.json().get("number").asText();
    String token = created.json().get("accessToken").asText();
    assertThat(token).hasSize(43);
    return new Submitted(number, token, anonymous.with("X-Access-Token", token));
  }

  private long uploadAs(Submitted requester, String filename) {
    Api.Reply uploaded =
        requester
            .api()
            .upload(
                portal(requester.number()) + "/attachments",
                filename,
                (filename + " content").getBytes(StandardCharsets.UTF_8));
    assertThat(uploaded.status()).isEqualTo(201);
    return uploaded.json().get("id").asLong();
  }

  /** The token in the portal link of the first mail about {@code number} that carries one. */
  private String mailTokenOf(String number) {
    // mail leaves after the commit, on the relay's threads: wait for it
    Mailbox.awaitFirst(smtp, m -> subject(m).contains(number));
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(number))
        .map(RequesterIsolationIT::text)
        .map(MAIL_TOKEN::matcher)
        .filter(Matcher::find)
        .map(token -> token.group(1))
        .findFirst()
        .orElseThrow();
  }

  private static String text(MimeMessage message) {
    try {
      return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
  }

  // --- a client at another loopback address ----------------------------------------------------

  private record Raw(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  /** A GET sent from {@code source} (an address of 127.0.0.0/8), as another client would. */
  private Raw rawGet(String source, String path, String token) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nX-Access-Token: "
                  + token
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      in.transferTo(received);
      String response = received.toString(StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String head = response.substring(0, end);
      String body = response.substring(end + 4);
      if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
    }
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
