package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
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
