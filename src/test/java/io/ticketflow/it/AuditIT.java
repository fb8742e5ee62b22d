package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.intake.mail.MailFixtures;
import io.ticketflow.intake.mail.MailIntakeService;
import io.ticketflow.intake.mail.MailOutcome;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit trail on PostgreSQL: changes to users, memberships and authorizations made through the
 * engine REST API (as the Admin webapp makes them) are recorded with the administrator and what
 * changed; failed logins through HTTP Basic and the webapps' login form are recorded with the name
 * tried and never the password; managers read the trail, agents may not; and personal data does not
 * reach the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AuditIT {

  @LocalServerPort int port;
  @Autowired MailIntakeService mail;

  private Api anonymous;
  private Api admin;
  private Api megan;
  private String run;

  @BeforeEach
  void clients() {
    anonymous = Api.at(port);
    admin = anonymous.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    megan = anonymous.as(TestUsers.MANAGER, TestUsers.MANAGER);
    run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void userMembershipAndAuthorizationChangesThroughEngineRestAreRecordedWithTheAdministrator() {
    String user = "audit" + run;
    assertThat(admin.post("/engine-rest/user/create", newUser(user, "Pw-" + run)).status())
        .isEqualTo(204);
    assertThat(admin.put("/engine-rest/group/tier1/members/" + user, "").status()).isEqualTo(204);
    JsonNode granted =
        admin
            .post(
                "/engine-rest/authorization/create",
                Map.of(
                    "type",
                    1,
                    "permissions",
                    List.of("READ", "UPDATE"),
                    "userId",
                    user,
                    "resourceType",
                    Resources.TASK.resourceType(),
                    "resourceId",
                    "*"))
            .json();
    String authorization = granted.get("id").asText();

    List<JsonNode> onUser = trail("target=" + user + "&actor=" + TestUsers.ADMIN);
    assertThat(onUser)
        .extracting(e -> e.get("action").asText() + " " + e.get("detail").asText())
        .containsExactly(
            "MEMBERSHIP_CHANGED added to group tier1; via engine-rest",
            "USER_CHANGED created; via engine-rest");
    assertThat(onUser.get(0).get("occurredAt").asText()).isNotBlank();
    assertThat(onUser.get(0).get("clientAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(trail("action=AUTHORIZATION_CHANGED&target=" + authorization))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("actor").asText()).isEqualTo(TestUsers.ADMIN);
              assertThat(e.get("targetType").asText()).isEqualTo("AUTHORIZATION");
              assertThat(e.get("detail").asText())
                  .isEqualTo(
                      "created: GRANT user " + user + " on TASK *: READ, UPDATE; via engine-rest");
            });

    assertThat(admin.delete("/engine-rest/authorization/" + authorization).status()).isEqualTo(204);
    assertThat(trail("action=AUTHORIZATION_CHANGED&target=" + authorization))
        .extracting(e -> e.get("detail").asText())
        .first()
        .asString()
        .startsWith("deleted: GRANT user " + user + " on TASK *: READ, UPDATE");

    // a change the engine refuses leaves no entry: the entry shares the change's transaction
    assertThat(admin.post("/engine-rest/user/create", newUser(user, "other")).status())
        .isGreaterThanOrEqualTo(400);
    assertThat(trail("action=USER_CHANGED&target=" + user)).hasSize(1);
  }

  @Test
  void failedLoginsAreRecordedWithTheNameTriedTheChannelAndNeverThePassword() throws Exception {
    String apiName = "nobody-" + run;
    String restName = "ghost-" + run;
    String webappUser = "login" + run;
    String password = "Wrong-" + run;
    // the engine delays a user after a wrong password: each attempt uses a name of its own
    assertThat(admin.post("/engine-rest/user/create", newUser(webappUser, "Right-" + run)).status())
        .isEqualTo(204);

    assertThat(anonymous.as(apiName, password).get("/api/tickets").status()).isEqualTo(401);
    assertThat(anonymous.as(restName, password).get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(webappLogin(webappUser, password)).isEqualTo(401);

    List<JsonNode> failures = trail("action=LOGIN_FAILED&size=100");
    assertThat(detailOf(failures, apiName)).isEqualTo("channel: api");
    assertThat(detailOf(failures, restName)).isEqualTo("channel: engine-rest");
    assertThat(detailOf(failures, webappUser)).isEqualTo("channel: webapp/cockpit");
    assertThat(failures.toString()).doesNotContain(password);
    assertThat(trail("action=LOGIN_FAILED&actor=" + apiName))
        .singleElement()
        .satisfies(e -> assertThat(e.get("clientAddress").asText()).isEqualTo("127.0.0.1"));

    // only managers and administrators read the trail
    Api agent = anonymous.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    assertThat(agent.get("/api/audit?action=LOGIN_FAILED").status()).isEqualTo(403);
  }

  @Test
  void aWrongWebhookTokenIsAFailedLoginOfAlertmanager() {
    Api.Reply refused =
        anonymous
            .with("Authorization", "Bearer not-the-token-" + run)
            .post("/api/integrations/alertmanager", "{}");
    assertThat(refused.status()).isEqualTo(401);

    assertThat(trail("action=LOGIN_FAILED&actor=alertmanager"))
        .first()
        .satisfies(
            e -> {
              assertThat(e.get("detail").asText())
                  .isEqualTo("channel: webhook; wrong bearer token");
              assertThat(e.toString()).doesNotContain("not-the-token");
            });
  }

  @Test
  void personalDataOfTicketsAndMailNeverReachesTheLogAndQuarantineReadsAreRecorded(
      CapturedOutput output) {
    String requester = "log." + run + "@example.com";
    String stranger = "stranger." + run + "@example.net";
    String phone = "+86 139 " + digits(4) + " " + digits(4);
    ch.qos.logback.classic.Logger app =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.ticketflow");
    Level before = app.getLevel();
    app.setLevel(Level.DEBUG);
    try {
      Map<String, Object> request = Tickets.howToQuestion();
      @SuppressWarnings("unchecked")
      Map<String, Object> person = (Map<String, Object>) request.get("requester");
      person.put("email", requester);
      person.put("phone", phone);
      request.put("description", "Call me at " + phone + " or write to " + requester);
      String number = admin.post("/api/tickets", request).json().get("number").asText();

      // a reply from someone else is quarantined, and the quarantine logs why
      var reply =
          mail.receive(
              MailFixtures.read(
                  "reply-by-subject.eml",
                  MailFixtures.FIXTURE_TICKET,
                  number,
                  "zhang.san@example.com",
                  stranger,
                  "<reply-by-subject-1@",
                  "<audit-" + run + "@"),
              "it/audit-" + run,
              null);
      assertThat(reply.outcome()).isEqualTo(MailOutcome.QUARANTINED);
    } finally {
      app.setLevel(before);
    }

    assertThat(output)
        .contains("quarantined")
        .contains("s***@example.net")
        .doesNotContain(requester)
        .doesNotContain(stranger)
        .doesNotContain(phone)
        .doesNotContain(phone.replace(" ", ""));

    assertThat(megan.get("/api/mail/quarantine?size=100").status()).isEqualTo(200);
    assertThat(trail("action=QUARANTINED_MAIL_READ&actor=" + TestUsers.MANAGER))
        .first()
        .satisfies(e -> assertThat(e.get("detail").asText()).startsWith("held mail, page 0"));
  }

  // --- helpers -----------------------------------------------------------------------------

  private static Map<String, Object> newUser(String id, String password) {
    return Map.of(
        "profile",
        Map.of("id", id, "firstName", "Audit", "lastName", "Test", "email", id + "@example.com"),
        "credentials",
        Map.of("password", password));
  }

  private List<JsonNode> trail(String query) {
    Api.Reply reply = megan.get("/api/audit?" + query);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return StreamSupport.stream(reply.json().get("items").spliterator(), false).toList();
  }

  private static String detailOf(List<JsonNode> entries, String actor) {
    List<String> details = new ArrayList<>();
    for (JsonNode entry : entries) {
      if (entry.get("actor").asText().equals(actor)) {
        assertThat(entry.get("targetId").asText()).isEqualTo(actor);
        details.add(entry.get("detail").asText());
      }
    }
    assertThat(details).as("failed logins of " + actor).hasSize(1);
    return details.get(0);
  }

  /** Posts the Cockpit login form as the webapp does, with its XSRF token; the status. */
  private int webappLogin(String user, String password) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port + "/camunda";
    browser.send(
        HttpRequest.newBuilder(URI.create(base + "/app/cockpit/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return browser
        .send(
            HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String digits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }
}
