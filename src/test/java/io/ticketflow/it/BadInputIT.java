package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.ticketflow.support.WebappSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every kind of bad input gets a problem+json 4xx naming what is wrong, and nothing is stored. */
@IntegrationTest
class BadInputIT {

  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Api staff;
  Api portal;

  @BeforeEach
  void clients() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    portal = Api.at(port);
  }

  @Test
  void missingFieldsAreEachNamed() {
    long before = ticketCount();
    Api.Reply reply = staff.post("/api/tickets", Map.of("title", "", "requester", Map.of()));
    assertProblem(reply, 400);
    assertThat(fields(reply))
        .contains(
            "title",
            "description",
            "category",
            "subcategory",
            "urgency",
            "requester.name",
            "requester.contact");
    assertThat(ticketCount()).isEqualTo(before);
  }

  @Test
  void unknownEnumValueIsRefusedWithTheAllowedValues() {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("urgency", "ASAP");
    Api.Reply reply = staff.post("/api/tickets", body);
    assertProblem(reply, 400);
    assertThat(fields(reply)).containsExactly("urgency");
    assertThat(reply.text()).contains("URGENT, IMPORTANT, NORMAL");
  }

  @Test
  void subcategoryMustBelongToTheCategory() {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("subcategory", "SOFTWARE_BUG");
    Api.Reply reply = staff.post("/api/tickets", body);
    assertProblem(reply, 400);
    assertThat(fields(reply)).containsExactly("subcategory");
  }

  @Test
  void tooLongTitleAndDescriptionAreRefused() {
    long before = ticketCount();
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("title", "t".repeat(201));
    body.put("description", "d".repeat(20001));
    Api.Reply reply = staff.post("/api/tickets", body);
    assertProblem(reply, 400);
    assertThat(fields(reply)).containsExactlyInAnyOrder("title", "description");
    assertThat(ticketCount()).isEqualTo(before);
  }

  @Test
  void limitsThemselvesAreAccepted() {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("title", "t".repeat(200));
    body.put("description", "d".repeat(20000));
    assertThat(staff.post("/api/tickets", body).status()).isEqualTo(201);
  }

  @Test
  void malformedJsonIsRefused() {
    Api.Reply reply = staff.post("/api/tickets", "{\"title\": \"broken\",");
    assertProblem(reply, 400);
    assertThat(reply.json().get("detail").asText()).contains("not valid JSON");
  }

  @Test
  void unknownFieldIsRefused() {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("priority", "P1");
    Api.Reply reply = staff.post("/api/tickets", body);
    assertProblem(reply, 400);
    assertThat(fields(reply)).containsExactly("priority");
  }

  @Test
  void bodyOverTheSizeLimitIsRefused() {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("description", "x".repeat(300 * 1024));
    Api.Reply reply = staff.post("/api/tickets", body);
    assertProblem(reply, 413);
  }

  @Test
  void invalidEmailAndPhoneAreNamed() {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("requester", Map.of("name", "Li Si", "email", "not-an-address", "phone", "call me"));
    Api.Reply reply = staff.post("/api/tickets", body);
    assertProblem(reply, 400);
    assertThat(fields(reply)).containsExactlyInAnyOrder("requester.email", "requester.phone");
  }

  @Test
  void unsupportedRequesterLanguageIsNamed() {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("requester", Map.of("name", "Li Si", "email", "li.si@example.com", "language", "fr"));
    Api.Reply reply = staff.post("/api/tickets", body);
    assertProblem(reply, 400);
    assertThat(fields(reply)).containsExactly("requester.language");
  }

  @Test
  void badListParametersAreRefused() {
    assertProblem(staff.get("/api/tickets?status=DONE"), 400);
    assertProblem(staff.get("/api/tickets?size=1000"), 400);
    assertProblem(staff.get("/api/tickets?priority=P9"), 400);
  }

  @Test
  void wrongOrMissingAccessTokenLooksLikeAnUnknownTicket() {
    JsonNode created = portal.post("/api/portal/tickets", Tickets.howToQuestion()).json();
    String number = created.get("number").asText();
    assertProblem(portal.get("/api/portal/tickets/" + number), 404);
    assertProblem(portal.with("X-Access-Token", "guess").get("/api/portal/tickets/" + number), 404);
    assertProblem(
        portal
            .with("X-Access-Token", created.get("accessToken").asText())
            .get("/api/portal/tickets/TS20000101-0001"),
        404);
    assertProblem(
        portal
            .with("X-Access-Token", "guess")
            .post("/api/portal/tickets/" + number + "/replies", Map.of("body", "hello")),
        404);
    assertThat(
            portal
                .with("X-Access-Token", created.get("accessToken").asText())
                .get("/api/portal/tickets/" + number)
                .status())
        .isEqualTo(200);
  }

  @Test
  void confirmingATicketThatIsNotWaitingForItIsAConflict() {
    JsonNode created = portal.post("/api/portal/tickets", Tickets.howToQuestion()).json();
    Api requester = portal.with("X-Access-Token", created.get("accessToken").asText());
    String number = created.get("number").asText();
    assertProblem(
        requester.post("/api/portal/tickets/" + number + "/confirmation", Map.of("resolved", true)),
        409);
    assertProblem(
        requester.post("/api/portal/tickets/" + number + "/feedback", Map.of("rating", "GREAT")),
        400);
    assertProblem(
        requester.post(
            "/api/portal/tickets/" + number + "/feedback",
            Map.of("rating", "SATISFIED", "score", 9)),
        400);
  }

  @Test
  void commentNeedsBodyAndKnownVisibility() {
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    Api.Reply reply =
        staff.post(
            "/api/tickets/" + number + "/comments", Map.of("body", " ", "visibility", "SECRET"));
    assertProblem(reply, 400);
    assertProblem(
        staff.post(
            "/api/tickets/TS20000101-9999/comments", Map.of("body", "x", "visibility", "PUBLIC")),
        404);
  }

  @Test
  void aFormBodyWithNulInAParameterNameIsRefusedAsMalformed() {
    byte[] form = "a%00b=1&title=x".getBytes(StandardCharsets.US_ASCII);
    String type = "application/x-www-form-urlencoded";
    assertProblem(portal.send("POST", "/api/portal/tickets", type, form), 400);
    assertProblem(staff.send("POST", "/api/tickets", type, form), 400);
  }

  @Test
  void theErrorPageAskedForDirectlyIsNotFound() {
    assertProblem(portal.get("/error"), 404);
    assertProblem(staff.get("/error"), 404);
    assertProblem(staff.send("POST", "/error", "application/json", new byte[0]), 404);
  }

  @Test
  void overlongUtf8InAJsonTitleIsRefusedAndNothingStored() {
    long before = ticketCount();
    Map<String, Object> request = Tickets.howToQuestion();
    request.put("title", "How do I export~the monthly report?");
    byte[] bytes = Api.write(request).getBytes(StandardCharsets.UTF_8);
    // C0 AF: an overlong "/"; ED A0 80: an encoded surrogate; a sequence cut short at the end
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
      byte[] hostile = replace(bytes, (byte) '~', bad);
      Api.Reply reply = staff.send("POST", "/api/tickets", "application/json", hostile);
      assertProblem(reply, 400);
      assertThat(reply.json().get("detail").asText()).contains("UTF-8");
      assertProblem(portal.send("POST", "/api/portal/tickets", "application/json", hostile), 400);
    }
    assertThat(ticketCount()).isEqualTo(before);
    // well-formed text in any script still passes
    Map<String, Object> chinese = Tickets.howToQuestion();
    chinese.put("title", "如何导出月度报表？ 🙂");
    assertThat(staff.post("/api/tickets", chinese).status()).isEqualTo(201);
  }

  @Test
  void engineRestAnswersBadInputWith4xxAndNamesNoJavaClass() {
    Api mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    String number =
        mary.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    JsonNode task = Tickets.workTask(mary, number);
    String processInstance = task.get("processInstanceId").asText();
    List<Api.Reply> replies =
        List.of(
            mary.get(
                "/engine-rest/task?maxResults=5&orQueries=" + encode("[{\"dueAfter\":\"1\"}]")),
            mary.get("/engine-rest/task?maxResults=5&dueAfter=1"),
            mary.post("/engine-rest/task?maxResults=5", "{\"orQueries\":[{\"dueAfter\":\"1\"}]}"),
            mary.post("/engine-rest/task?maxResults=5", "[1"),
            mary.get(
                "/engine-rest/process-instance/"
                    + processInstance
                    + "/variables?deserializeValues=maybe"),
            mary.get(
                "/engine-rest/task/"
                    + task.get("id").asText()
                    + "/variables?deserializeValues=maybe"),
            mary.delete("/engine-rest/task/" + task.get("id").asText()),
            staff.post("/engine-rest/message", Map.of("messageName", "NoSuchMessage")),
            mary.send(
                "POST",
                "/engine-rest/task?maxResults=5",
                "application/json",
                new byte[] {
                  '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'
                }));
    for (Api.Reply reply : replies) {
      assertThat(reply.status()).as(reply.text()).isBetween(400, 499);
      assertThat(reply.contentType()).as(reply.text()).startsWith("application/json");
      String message = reply.json().get("message").asText();
      assertThat(message).as(reply.text()).isNotBlank();
      assertThat(message)
          .as(reply.text())
          .doesNotContainPattern("\\b[a-z]+\\.[a-z]+\\.[A-Z]")
          .doesNotContainPattern("[A-Za-z](Dto|Exception)\\b")
          .doesNotContain("java.", "org.camunda");
    }
    // the agent's task is still there: deleting a process's task is refused, not failed
    assertThat(replies.get(6).status()).isEqualTo(409);
    assertThat(Tickets.workTask(mary, number)).isNotNull();
  }

  @Test
  void webappsEngineApiAnswersBadInputWith4xxAndNamesNoJavaClass() {
    WebappSession tasklist =
        WebappSession.signIn(port, "tasklist", TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    WebappSession cockpit =
        WebappSession.signIn(port, "cockpit", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    String engine = "/api/engine/engine/default";
    List<HttpResponse<String>> replies =
        List.of(
            tasklist.get(engine + "/task?firstResult=0&maxResults=5&dueAfter=1"),
            tasklist.post(
                engine + "/task?firstResult=0&maxResults=5",
                "{\"orQueries\":[{\"dueAfter\":\"1\"}]}"),
            tasklist.post(engine + "/task?firstResult=0&maxResults=5", "[1"),
            cockpit.post(engine + "/message", "{\"messageName\":\"NoSuchMessage\"}"));
    for (HttpResponse<String> reply : replies) {
      assertThat(reply.statusCode()).as(reply.body()).isBetween(400, 499);
      String message =
          new Api.Reply(reply.statusCode(), reply.headers().map(), reply.body())
              .json()
              .get("message")
              .asText();
      assertThat(message).as(reply.body()).isNotBlank();
      assertThat(message)
          .as(reply.body())
          .doesNotContainPattern("\\b[a-z]+\\.[a-z]+\\.[A-Z]")
          .doesNotContainPattern("[A-Za-z](Dto|Exception)\\b")
          .doesNotContain("java.", "org.camunda");
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static byte[] replace(byte[] bytes, byte marker, byte[] with) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte b : bytes) {
      if (b == marker) {
        out.writeBytes(with);
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    assertThat(reply.json().get("status").asInt()).isEqualTo(status);
    assertThat(reply.json().get("title").asText()).isNotBlank();
    assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at io.ticketflow");
  }

  private static List<String> fields(Api.Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private long ticketCount() {
    return jdbc.queryForObject("select count(*) from app.ticket", Long.class);
  }
}
