package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.SatisfactionSurvey;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The satisfaction survey after closing, on PostgreSQL through the REST APIs as the portal and
 * Tasklist use them: an unhappy rating reaches the managers, a happy one ends the survey, silence
 * ends it after its window.
 */
@IntegrationTest
class SatisfactionSurveyIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  Api staff;
  Api mary;
  Api megan;
  Api portal;

  @BeforeEach
  void clients() {
    Api api = Api.at(port);
    staff = api.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = api.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    megan = api.as(TestUsers.MANAGER, TestUsers.MANAGER);
    portal = api;
  }

  @Test
  void unsatisfiedRatingGivesTheManagersAFollowUpThatCanOpenANewTicket() {
    ClosedTicket closed = closedTicket();
    Api requester = portal.with("X-Access-Token", closed.token());
    assertThat(canRate(requester, closed.number())).isTrue();

    assertThat(
            requester
                .post(
                    "/api/portal/tickets/" + closed.number() + "/feedback",
                    Map.of("rating", "UNSATISFIED", "score", 1, "comment", "Took three days"))
                .status())
        .isEqualTo(200);

    // the follow-up is the managers' task, not the agent's
    assertThat(followUpTask(mary, closed.number())).isNull();
    JsonNode task = followUpTask(megan, closed.number());
    assertThat(task).isNotNull();
    assertThat(task.get("name").asText()).isEqualTo("Follow up on feedback");
    assertThat(task.get("description").asText()).startsWith(closed.number() + " · UNSATISFIED");
    JsonNode variables =
        megan.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables").json();
    assertThat(variables.get(Vars.RATING).get("value").asText()).isEqualTo("UNSATISFIED");
    assertThat(variables.get(Vars.FEEDBACK_COMMENT).get("value").asText())
        .isEqualTo("Took three days");
    assertThat(variables.get(Vars.FOLLOW_UP_REASON).get("value").asText())
        .isEqualTo("The requester is unsatisfied");
    assertThat(variables.get(Vars.RESOLVED_BY).get("value").asText())
        .isEqualTo(TestUsers.TIER1_AGENT);

    // a follow-up without a note is refused and stays open
    String submit = "/engine-rest/task/" + task.get("id").asText() + "/submit-form";
    assertThat(megan.post(submit, form(Vars.FOLLOW_UP_ACTION, "FOLLOW_UP_TICKET")).status())
        .isEqualTo(400);
    assertThat(followUpTask(megan, closed.number())).isNotNull();

    assertThat(
            megan
                .post(
                    submit,
                    form(
                        Vars.FOLLOW_UP_ACTION,
                        "FOLLOW_UP_TICKET",
                        Vars.FOLLOW_UP_NOTE,
                        "Export still slow for large months; opened a follow-up."))
                .status())
        .isEqualTo(204);

    assertThat(surveyRunning(closed.number())).isFalse();
    JsonNode ticket = staff.get("/api/tickets/" + closed.number()).json();
    assertThat(eventTypes(ticket)).contains("FEEDBACK", "FEEDBACK_FOLLOWED_UP", "FOLLOW_UP");
    assertThat(ticket.get("comments").toString())
        .contains("Follow-up of the requester's rating (follow up ticket)");
    String followUpNumber =
        StreamSupport.stream(ticket.get("events").spliterator(), false)
            .filter(e -> e.get("type").asText().equals("FOLLOW_UP"))
            .findFirst()
            .orElseThrow()
            .get("to")
            .asText();
    JsonNode followUp = staff.get("/api/tickets/" + followUpNumber).json();
    assertThat(followUp.get("title").asText())
        .isEqualTo("Follow-up: How do I export the monthly report?");
    assertThat(followUp.get("description").asText())
        .startsWith("Follow-up of " + closed.number())
        .contains("Export still slow");
    assertThat(followUp.get("requester").get("email").asText())
        .isEqualTo(ticket.get("requester").get("email").asText());
    assertThat(followUp.get("status").asText()).isEqualTo("WAITING_ASSIGNMENT");
  }

  @Test
  void satisfiedRatingEndsTheSurveyWithoutATask() {
    ClosedTicket closed = closedTicket();
    Api requester = portal.with("X-Access-Token", closed.token());

    assertThat(
            requester
                .post(
                    "/api/portal/tickets/" + closed.number() + "/feedback",
                    Map.of("rating", "SATISFIED", "score", 5))
                .status())
        .isEqualTo(200);

    assertThat(surveyRunning(closed.number())).isFalse();
    assertThat(followUpTask(megan, closed.number())).isNull();
    JsonNode rated = staff.get("/api/tickets/" + closed.number()).json();
    assertThat(rated.get("rating").asText()).isEqualTo("SATISFIED");
    assertThat(rated.path("ratedAt").isTextual()).isTrue();
    assertThat(rated.path("surveyClosedAt").isTextual()).isFalse();
    assertThat(canRate(requester, closed.number())).isFalse();
    assertThat(
            requester
                .post(
                    "/api/portal/tickets/" + closed.number() + "/feedback",
                    Map.of("rating", "UNSATISFIED"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void unansweredSurveyEndsAfterItsWindowAndTakesNoLateRating() {
    ClosedTicket closed = closedTicket();
    Api requester = portal.with("X-Access-Token", closed.token());

    jobs().fire(closed.number(), SatisfactionSurvey.KEY, SatisfactionSurvey.SURVEY_TIMED_OUT);

    assertThat(surveyRunning(closed.number())).isFalse();
    assertThat(eventTypes(staff.get("/api/tickets/" + closed.number()).json()))
        .contains("SURVEY_OPENED", "SURVEY_EXPIRED");
    assertThat(canRate(requester, closed.number())).isFalse();
    Api.Reply late =
        requester.post(
            "/api/portal/tickets/" + closed.number() + "/feedback", Map.of("rating", "SATISFIED"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().get("detail").asText()).contains("survey");
  }

  private record ClosedTicket(String number, String token) {}

  /** A how-to question resolved by tier 1 and confirmed by its requester. */
  private ClosedTicket closedTicket() {
    JsonNode created = staff.post("/api/tickets", Tickets.howToQuestion()).json();
    String number = created.get("number").asText();
    String token = created.get("accessToken").asText();
    JsonNode task = workTask(mary, number);
    String id = task.get("id").asText();
    assertThat(
            mary.post("/engine-rest/task/" + id + "/claim", Map.of("userId", TestUsers.TIER1_AGENT))
                .status())
        .isEqualTo(204);
    assertThat(
            mary.post(
                    "/engine-rest/task/" + id + "/submit-form",
                    form(
                        Vars.OUTCOME,
                        "RESOLVED",
                        Vars.RESOLUTION,
                        "Reports → Monthly → Export as CSV."))
                .status())
        .isEqualTo(204);
    jobs().runDue(number);
    assertThat(
            portal
                .with("X-Access-Token", token)
                .post("/api/portal/tickets/" + number + "/confirmation", Map.of("resolved", true))
                .status())
        .isEqualTo(200);
    jobs().runDue(number);
    assertThat(staff.get("/api/tickets/" + number).json().get("status").asText())
        .isEqualTo("CLOSED");
    assertThat(surveyRunning(number)).isTrue();
    return new ClosedTicket(number, token);
  }

  private static boolean canRate(Api requester, String number) {
    JsonNode view = requester.get("/api/portal/tickets/" + number).json();
    assertThat(view.has("canRate")).isTrue();
    return view.get("canRate").asBoolean();
  }

  private JsonNode followUpTask(Api user, String number) {
    JsonNode tasks =
        user.get(
                "/engine-rest/task?maxResults=50&processDefinitionKey="
                    + SatisfactionSurvey.KEY
                    + "&processInstanceBusinessKey="
                    + number)
            .json();
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  private boolean surveyRunning(String number) {
    return runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(SatisfactionSurvey.KEY)
            .processInstanceBusinessKey(number)
            .count()
        > 0;
  }

  private static List<String> eventTypes(JsonNode ticket) {
    return StreamSupport.stream(ticket.get("events").spliterator(), false)
        .map(e -> e.get("type").asText())
        .toList();
  }

  private TicketJobs jobs() {
    return new TicketJobs(runtime, management);
  }
}
