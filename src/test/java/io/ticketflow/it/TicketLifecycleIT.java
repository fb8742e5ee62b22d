package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel;
import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A ticket's whole life through the REST APIs, on PostgreSQL: intake, work, questions,
 * confirmation, closing.
 */
@IntegrationTest
class TicketLifecycleIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  Api staff;
  Api mary;
  Api oscar;
  Api portal;

  @BeforeEach
  void clients() {
    Api api = Api.at(port);
    staff = api.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = api.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    oscar = api.as(TestUsers.OPERATIONS_AGENT, TestUsers.OPERATIONS_AGENT);
    portal = api;
  }

  @Test
  void ticketGoesFromIntakeThroughQuestionAndReopenToClosedWithFeedback() {
    Api.Reply created = staff.post("/api/tickets", Tickets.howToQuestion());
    assertThat(created.status()).isEqualTo(201);
    JsonNode ticket = created.json();
    String number = ticket.get("number").asText();
    String token = ticket.get("accessToken").asText();
    assertThat(number).matches("TS\\d{8}-\\d{4,}");
    assertThat(created.header("Location")).isEqualTo("/api/tickets/" + number);
    assertThat(ticket.get("priority").asText()).isEqualTo("P4");
    assertThat(ticket.get("candidateGroup").asText()).isEqualTo("tier1");
    assertThat(ticket.get("status").asText()).isEqualTo("WAITING_ASSIGNMENT");
    assertThat(ticket.get("slaCalendar").asText()).isEqualTo("business-hours");
    assertThat(ticket.get("firstResponseDueAt").asText()).endsWith("+08:00");
    assertThat(ticket.get("resolutionDueAt").isNull()).isFalse();
    assertThat(token).hasSizeGreaterThanOrEqualTo(40);
    Api requester = portal.with("X-Access-Token", token);

    // only the routed group sees the work
    assertThat(workTask(oscar, number)).isNull();
    JsonNode task = workTask(mary, number);
    assertThat(task).isNotNull();
    assertThat(task.get("camundaFormRef").get("key").asText()).isEqualTo("work-ticket");
    JsonNode formVariables =
        mary.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables").json();
    assertThat(formVariables.get(Vars.TICKET_TITLE).get("value").asText())
        .isEqualTo("How do I export the monthly report?");
    assertThat(formVariables.get(Vars.REQUESTER_SUMMARY).get("value").asText())
        .contains("Zhang San");

    // claiming is the first response
    assertThat(
            mary.post(
                    "/engine-rest/task/" + task.get("id").asText() + "/claim",
                    Map.of("userId", TestUsers.TIER1_AGENT))
                .status())
        .isEqualTo(204);
    JsonNode claimed = staff.get("/api/tickets/" + number).json();
    assertThat(claimed.get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(claimed.get("assignee").asText()).isEqualTo(TestUsers.TIER1_AGENT);
    assertThat(claimed.get("firstRespondedAt").isNull()).isFalse();
    assertThat(
            mary.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables")
                .json()
                .get(Vars.TICKET_STATUS)
                .get("value")
                .asText())
        .isEqualTo("IN_PROGRESS");

    // an internal note never reaches the requester
    assertThat(
            mary.post(
                    "/api/tickets/" + number + "/comments",
                    Map.of("body", "Checked the report module logs", "visibility", "INTERNAL"))
                .status())
        .isEqualTo(201);

    // the agent asks a question; the requester sees it, the ticket waits
    assertThat(
            mary.post(
                    "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                    form(
                        Vars.OUTCOME,
                        "WAIT_FOR_CUSTOMER",
                        Vars.QUESTION,
                        "Which browser do you use?"))
                .status())
        .isEqualTo(204);
    JsonNode view = requester.get("/api/portal/tickets/" + number).json();
    assertThat(view.get("status").asText()).isEqualTo("WAITING_CUSTOMER");
    assertThat(view.get("awaitingYourReply").asBoolean()).isTrue();
    assertThat(view.toString())
        .contains("Which browser do you use?")
        .doesNotContain("report module logs")
        .doesNotContain(TestUsers.TIER1_AGENT);
    assertThat(workTask(mary, number)).isNull();

    // the reply wakes the process; the task comes back to the same agent
    assertThat(
            requester
                .post("/api/portal/tickets/" + number + "/replies", Map.of("body", "Chrome 120"))
                .status())
        .isEqualTo(201);
    task = workTask(mary, number);
    assertThat(task).isNotNull();
    assertThat(task.get("assignee").asText()).isEqualTo(TestUsers.TIER1_AGENT);
    assertThat(staff.get("/api/tickets/" + number).json().get("status").asText())
        .isEqualTo("IN_PROGRESS");

    // resolved: the requester is asked to confirm and says it is not solved
    resolve(task, "Use Reports > Export > Excel.");
    view = requester.get("/api/portal/tickets/" + number).json();
    assertThat(view.get("status").asText()).isEqualTo("WAITING_CONFIRMATION");
    assertThat(view.get("resolution").asText()).isEqualTo("Use Reports > Export > Excel.");
    assertThat(
            requester
                .post(
                    "/api/portal/tickets/" + number + "/confirmation",
                    Map.of("resolved", false, "comment", "The Export menu is greyed out"))
                .status())
        .isEqualTo(200);
    JsonNode reopened = staff.get("/api/tickets/" + number).json();
    assertThat(reopened.get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);

    // resolved again and confirmed: closed, then rated
    resolve(workTask(mary, number), "Granted the export permission.");
    assertThat(
            requester
                .post("/api/portal/tickets/" + number + "/confirmation", Map.of("resolved", true))
                .status())
        .isEqualTo(200);
    JsonNode closed = staff.get("/api/tickets/" + number).json();
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("closedAt").isNull()).isFalse();
    // once the closing note is out, the ticket waits for its archive date and the survey for the
    // requester's rating
    jobs().runDue(number);
    assertThat(jobs().activeActivities(number))
        .containsExactlyInAnyOrder(
            TicketHandling.RETENTION_OVER, ProcessModel.SatisfactionSurvey.AWAIT_RATING);
    assertThat(
            requester
                .post(
                    "/api/portal/tickets/" + number + "/feedback",
                    Map.of("rating", "SATISFIED", "score", 5, "comment", "Quick help"))
                .status())
        .isEqualTo(200);
    assertThat(
            requester
                .post("/api/portal/tickets/" + number + "/feedback", Map.of("rating", "SATISFIED"))
                .status())
        .isEqualTo(409);

    List<String> events = new ArrayList<>();
    staff
        .get("/api/tickets/" + number)
        .json()
        .get("events")
        .forEach(e -> events.add(e.get("type").asText()));
    assertThat(events)
        .containsSubsequence(
            "CREATED",
            "ACKNOWLEDGED",
            "TRIAGED",
            "ASSIGNED",
            "FIRST_RESPONSE",
            "RESOLVED",
            "REOPENED",
            "RESOLVED",
            "CONFIRMED",
            "CLOSED",
            "FEEDBACK");
  }

  @Test
  void unansweredConfirmationClosesTheTicket() {
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    resolve(workTask(mary, number), "Use Reports > Export.");
    fire(number, TicketHandling.CONFIRMATION_TIMED_OUT);
    JsonNode closed = staff.get("/api/tickets/" + number).json();
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("events").toString()).contains("no answer from the requester in time");
  }

  @Test
  void escalationMovesTheTicketToTheNextTiersGroupAndLogsWhy() {
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    JsonNode task = workTask(mary, number);
    assertThat(
            mary.post(
                    "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                    form(
                        Vars.OUTCOME,
                        "ESCALATE",
                        Vars.ESCALATION_REASON,
                        "CANNOT_RESOLVE",
                        Vars.ESCALATION_NOTE,
                        "Needs the training team"))
                .status())
        .isEqualTo(204);
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("candidateGroup").asText()).isEqualTo("training");
    assertThat(ticket.get("tier").asInt()).isEqualTo(2);
    assertThat(ticket.get("assignee")).isNull();
    JsonNode escalation = null;
    for (JsonNode event : ticket.get("events")) {
      if (event.get("type").asText().equals("ESCALATED")) {
        escalation = event;
      }
    }
    assertThat(escalation).isNotNull();
    assertThat(escalation.get("actor").asText()).isEqualTo(TestUsers.TIER1_AGENT);
    assertThat(escalation.get("from").asText()).isEqualTo("tier1 (tier 1)");
    assertThat(escalation.get("to").asText()).isEqualTo("training (tier 2)");
    assertThat(escalation.get("detail").asText())
        .isEqualTo("CANNOT_RESOLVE: Needs the training team");
    assertThat(workTask(mary, number)).isNull();
  }

  @Test
  void incompleteWorkSubmissionIsRefusedAndTheTaskStaysOpen() {
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    JsonNode task = workTask(mary, number);
    Api.Reply refused =
        mary.post(
            "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
            form(Vars.OUTCOME, "RESOLVED"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains(Vars.RESOLUTION);
    Api.Reply unknown =
        mary.post(
            "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
            form(Vars.OUTCOME, "GIVE_UP"));
    assertThat(unknown.status()).isEqualTo(400);
    Api.Reply tooLong =
        mary.post(
            "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
            form(Vars.OUTCOME, "RESOLVED", Vars.RESOLUTION, "r".repeat(4001)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(workTask(mary, number)).isNotNull();
    assertThat(staff.get("/api/tickets/" + number).json().get("status").asText())
        .isEqualTo("WAITING_ASSIGNMENT");
  }

  private void resolve(JsonNode task, String resolution) {
    assertThat(
            mary.post(
                    "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                    form(Vars.OUTCOME, "RESOLVED", Vars.RESOLUTION, resolution))
                .status())
        .isEqualTo(204);
  }

  private void fire(String number, String activityId) {
    jobs().fire(number, activityId);
  }

  private TicketJobs jobs() {
    return new TicketJobs(runtime, management);
  }
}
