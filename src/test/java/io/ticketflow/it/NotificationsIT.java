package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.Mailbox;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The in-app notifications of a ticket, through the staff API, on PostgreSQL. */
@IntegrationTest
class NotificationsIT {

  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;
  Api staff;

  @BeforeEach
  void clients() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  }

  @Test
  void staffReadTheAcknowledgementOfANewTicketAndItsDelivery() {
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();

    Api.Reply reply = staff.get("/api/notifications?ticket=" + number);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode notifications = reply.json();
    assertThat(notifications).hasSize(1);
    JsonNode acknowledgement = notifications.get(0);
    assertThat(acknowledgement.get("event").asText()).isEqualTo("TICKET_ACKNOWLEDGED");
    assertThat(acknowledgement.get("audience").asText()).isEqualTo("REQUESTER");
    assertThat(acknowledgement.get("recipients").get(0).asText())
        .isEqualTo("zhang.san@example.com");
    assertThat(acknowledgement.get("language").asText()).isEqualTo("en");
    assertThat(acknowledgement.get("subject").asText())
        .isEqualTo("[" + number + "] We received your request");
    assertThat(acknowledgement.get("body").asText()).contains(number, "/portal?ticket=" + number);
    assertThat(acknowledgement.get("createdAt").asText()).endsWith("+08:00");
    // delivered right after the intake's commit, on the relay's own threads
    assertThat(acknowledgement.get("status").asText()).isIn("PENDING", "SENDING", "SENT");
    JsonNode delivered = acknowledgement;
    for (int i = 0; i < 400 && !"SENT".equals(delivered.get("status").asText()); i++) {
      Mailbox.pause();
      delivered = staff.get("/api/notifications?ticket=" + number).json().get(0);
    }
    assertThat(delivered.get("status").asText()).isEqualTo("SENT");
    assertThat(delivered.get("attempts").asInt()).isOne();
    assertThat(delivered.get("sentAt").asText()).endsWith("+08:00");
  }

  @Test
  void publicStaffReplyNotifiesTheRequesterAndAnInternalNoteDoesNot() {
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    String comments = "/api/tickets/" + number + "/comments";

    assertThat(
            staff
                .post(
                    comments, Map.of("body", "Internal: check the role", "visibility", "INTERNAL"))
                .status())
        .isEqualTo(201);
    assertThat(
            staff
                .post(
                    comments,
                    Map.of("body", "Please try <b>Export</b> again", "visibility", "PUBLIC"))
                .status())
        .isEqualTo(201);

    JsonNode notifications = staff.get("/api/notifications?ticket=" + number).json();
    assertThat(notifications).hasSize(2);
    JsonNode reply = notifications.get(1);
    assertThat(reply.get("event").asText()).isEqualTo("REPLY_ADDED");
    assertThat(reply.get("body").asText())
        .contains("Please try <b>Export</b> again")
        .doesNotContain("Internal: check the role");
  }

  @Test
  void requesterWhoWritesChineseIsAnsweredInChinese() {
    Map<String, Object> body = Tickets.howToQuestion();
    body.put(
        "requester", Map.of("name", "王五", "email", "wang.wu@example.com", "language", "zh-CN"));
    String number = staff.post("/api/tickets", body).json().get("number").asText();
    JsonNode acknowledgement = staff.get("/api/notifications?ticket=" + number).json().get(0);
    assertThat(acknowledgement.get("language").asText()).isEqualTo("zh-CN");
    assertThat(acknowledgement.get("subject").asText())
        .contains(number)
        .isNotEqualTo("[" + number + "] We received your request");
  }

  @Test
  void workaroundIsToldToTheRequesterWithTheExpectedResolutionInTheirLanguage() {
    String english =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    Map<String, Object> body = Tickets.howToQuestion();
    body.put(
        "requester", Map.of("name", "王五", "email", "wang.wu@example.com", "language", "zh-CN"));
    String chinese = staff.post("/api/tickets", body).json().get("number").asText();
    Map<String, Object> workaround =
        Map.of(
            "workaround",
            "Export the report as CSV meanwhile",
            "expectedResolutionAt",
            "2099-01-05T17:30:00+08:00");

    for (String number : new String[] {english, chinese}) {
      assertThat(staff.post("/api/tickets/" + number + "/workaround", workaround).status())
          .isEqualTo(200);
    }

    JsonNode told = notice(english, "WORKAROUND_GIVEN");
    assertThat(told.get("audience").asText()).isEqualTo("REQUESTER");
    assertThat(told.get("recipients").get(0).asText()).isEqualTo("zhang.san@example.com");
    assertThat(told.get("language").asText()).isEqualTo("en");
    assertThat(told.get("subject").asText()).contains(english, "workaround");
    assertThat(told.get("body").asText())
        .contains(
            "Export the report as CSV meanwhile", "2099-01-05T17:30:00+08:00", "/portal?ticket=");
    JsonNode toldInChinese = notice(chinese, "WORKAROUND_GIVEN");
    assertThat(toldInChinese.get("language").asText()).isEqualTo("zh-CN");
    assertThat(toldInChinese.get("body").asText())
        .contains("我们预计在 2099-01-05T17:30:00+08:00 之前解决", "Export the report as CSV meanwhile");
  }

  private JsonNode notice(String number, String event) {
    for (JsonNode notice : staff.get("/api/notifications?ticket=" + number).json()) {
      if (notice.get("event").asText().equals(event)) {
        return notice;
      }
    }
    throw new AssertionError("no " + event + " notification for " + number);
  }

  @Test
  void unknownTicketIsNotFound() {
    Api.Reply reply = staff.get("/api/notifications?ticket=TS20000101-9999");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
  }

  @Test
  void missingOrMalformedTicketNumberIsABadRequest() {
    Api.Reply missing = staff.get("/api/notifications");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.contentType()).startsWith(PROBLEM_JSON);

    Api.Reply malformed = staff.get("/api/notifications?ticket=DROP%20TABLE");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith(PROBLEM_JSON);
    assertThat(malformed.text()).contains("ticket");
  }

  @Test
  void notificationsNeedALogin() {
    assertThat(Api.at(port).get("/api/notifications?ticket=TS20000101-0001").status())
        .isEqualTo(401);
  }
}
