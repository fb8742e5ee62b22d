package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.EmergencyResponse;
import io.ticketflow.process.ProcessModel.Outcomes;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Major incidents end to end on PostgreSQL: declared through the API, worked by the emergency team
 * through the engine REST API as Tasklist does, resolving their linked tickets; escalations on
 * missed targets; drills that touch no ticket.
 */
@IntegrationTest
class IncidentIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Api staff;
  Api eric;
  Api megan;
  Api mary;
  TicketJobs jobs;

  @BeforeEach
  void clients() {
    Api api = Api.at(port);
    staff = api.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    eric = api.as(TestUsers.EMERGENCY_AGENT, TestUsers.EMERGENCY_AGENT);
    megan = api.as(TestUsers.MANAGER, TestUsers.MANAGER);
    mary = api.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    jobs = new TicketJobs(runtime, management);
  }

  @Test
  void resolvingTheIncidentResolvesItsLinkedTicketsAndTellsTheirRequesters() {
    String worked = ticket("Sync to the ERP stopped");
    String waiting = ticket("Orders not syncing");
    String linkedLater = ticket("Sync error E-17");
    askRequester(waiting);

    Api.Reply declared =
        megan.post("/api/incidents", declaration("ERP sync down", false, List.of(worked, waiting)));
    assertThat(declared.status()).isEqualTo(201);
    String incident = declared.json().get("number").asText();
    assertThat(incident).matches("MI\\d{8}-\\d{3}");
    assertThat(declared.header("Location")).isEqualTo("/api/incidents/" + incident);
    assertThat(
            megan
                .post("/api/incidents/" + incident + "/links", Map.of("ticketNumber", linkedLater))
                .status())
        .isEqualTo(200);

    // the emergency team is paged
    jobs.runDue(incident);
    assertThat(notifications("incident", incident))
        .anySatisfy(
            n -> {
              assertThat(n.get("event").asText()).isEqualTo("INCIDENT_DECLARED");
              assertThat(n.get("audienceId").asText()).isEqualTo("emergency");
            });

    complete(eric, incident, EmergencyResponse.ACKNOWLEDGE, Vars.ACKNOWLEDGEMENT_CONFIRMED, true);
    complete(
        eric,
        incident,
        EmergencyResponse.INVESTIGATE,
        Vars.WORKAROUND,
        "Enter orders in the ERP directly",
        Vars.STATUS_NOTE,
        "The sync service is being restarted");

    // a status update round tells every affected requester whose ticket still waits
    fire(incident, EmergencyResponse.STATUS_UPDATE_DUE);
    for (String number : List.of(worked, waiting, linkedLater)) {
      assertThat(notifications("ticket", number))
          .anySatisfy(
              n -> {
                assertThat(n.get("event").asText()).isEqualTo("INCIDENT_UPDATE");
                assertThat(n.get("body").asText()).contains("Enter orders in the ERP directly");
              });
    }

    complete(eric, incident, EmergencyResponse.FIX, Vars.RESOLUTION, "Replaced the sync broker");
    jobs.runDue(incident);

    for (String number : List.of(worked, waiting, linkedLater)) {
      jobs.runDue(number);
      JsonNode ticket = staff.get("/api/tickets/" + number).json();
      assertThat(ticket.get("status").asText()).as(number).isEqualTo("WAITING_CONFIRMATION");
      assertThat(ticket.get("resolution").asText())
          .contains(incident)
          .contains("Replaced the sync broker");
      assertThat(notifications("ticket", number))
          .anySatisfy(
              n -> assertThat(n.get("event").asText()).isEqualTo("RESOLVED_PLEASE_CONFIRM"));
    }

    JsonNode resolved = staff.get("/api/incidents/" + incident).json();
    assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.get("acknowledgedBy").asText()).isEqualTo(TestUsers.EMERGENCY_AGENT);
    assertThat(resolved.get("linkedTickets")).hasSize(3);

    complete(
        megan,
        incident,
        EmergencyResponse.REVIEW,
        Vars.REVIEW_TIMELINE,
        "09:00 sync stopped; 09:05 paged; 09:40 fixed",
        Vars.ROOT_CAUSE,
        "The broker's disk was full",
        Vars.CORRECTIVE_ACTIONS,
        "Alert on broker disk usage — oscar");
    jobs.runDue(incident);
    JsonNode closed = staff.get("/api/incidents/" + incident).json();
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("rootCause").asText()).isEqualTo("The broker's disk was full");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(incident).count())
        .isZero();

    // a closed incident takes no more links
    Api.Reply late =
        megan.post("/api/incidents/" + incident + "/links", Map.of("ticketNumber", worked));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.contentType()).startsWith("application/problem+json");
  }

  @Test
  void missedAcknowledgementAndTheFourHourMarkAlertTheManagers() {
    String incident =
        megan
            .post("/api/incidents", declaration("Payroll batch failing", false, List.of()))
            .json()
            .get("number")
            .asText();
    jobs.runDue(incident);

    fire(incident, EmergencyResponse.ACKNOWLEDGEMENT_OVERDUE);
    fire(incident, EmergencyResponse.FIX_OVERDUE);

    List<JsonNode> escalations =
        notifications("incident", incident).stream()
            .filter(n -> n.get("event").asText().equals("INCIDENT_ESCALATED"))
            .toList();
    assertThat(escalations).hasSize(2);
    assertThat(escalations)
        .allSatisfy(n -> assertThat(n.get("audience").asText()).isEqualTo("MANAGERS"));
    JsonNode report = staff.get("/api/incidents/" + incident + "/report").json();
    assertThat(report.get("acknowledgement").get("escalated").asBoolean()).isTrue();
    assertThat(report.get("fix").get("escalated").asBoolean()).isTrue();
    // the acknowledgement is still open: the escalation informs, it does not take the task away
    assertThat(task(eric, incident, EmergencyResponse.ACKNOWLEDGE)).isNotNull();
  }

  @Test
  void aDrillLeavesTicketsAndRequestersUntouchedAndReportsItsTimes() {
    String number = ticket("Drill victim ticket");
    JsonNode before = staff.get("/api/tickets/" + number).json();
    int notificationsBefore = notifications("ticket", number).size();

    Api.Reply declared =
        megan.post("/api/incidents", declaration("Quarterly drill", true, List.of(number)));
    assertThat(declared.status()).isEqualTo(201);
    String drill = declared.json().get("number").asText();
    assertThat(declared.json().get("drill").asBoolean()).isTrue();
    jobs.runDue(drill);
    complete(eric, drill, EmergencyResponse.ACKNOWLEDGE, Vars.ACKNOWLEDGEMENT_CONFIRMED, true);
    complete(eric, drill, EmergencyResponse.INVESTIGATE, Vars.WORKAROUND, "Drill workaround");
    fire(drill, EmergencyResponse.STATUS_UPDATE_DUE);
    complete(eric, drill, EmergencyResponse.FIX, Vars.RESOLUTION, "Drill fix");
    jobs.runDue(drill);
    complete(
        megan,
        drill,
        EmergencyResponse.REVIEW,
        Vars.REVIEW_TIMELINE,
        "drill timeline",
        Vars.ROOT_CAUSE,
        "none (drill)",
        Vars.CORRECTIVE_ACTIONS,
        "Repeat next quarter — megan");
    jobs.runDue(drill);

    JsonNode after = staff.get("/api/tickets/" + number).json();
    assertThat(after.get("status").asText()).isEqualTo(before.get("status").asText());
    assertThat(after.get("events")).hasSameSizeAs(before.get("events"));
    assertThat(notifications("ticket", number)).hasSize(notificationsBefore);

    JsonNode report = staff.get("/api/incidents/" + drill + "/report").json();
    assertThat(report.get("drill").asBoolean()).isTrue();
    assertThat(report.get("status").asText()).isEqualTo("CLOSED");
    assertThat(report.get("acknowledgement").get("outcome").asText()).isEqualTo("MET");
    assertThat(report.get("acknowledgement").get("took").asText()).startsWith("PT");
    assertThat(report.get("fix").get("outcome").asText()).isEqualTo("MET");
    assertThat(report.get("statusUpdates").asInt()).isEqualTo(1);
    assertThat(report.get("linkedTickets").asInt()).isEqualTo(1);
  }

  @Test
  void aP1TicketBecomesPartOfAMajorIncident() {
    Map<String, Object> body =
        Tickets.request("Whole finance system down", "SYSTEM_FAULT", "CRASH", "URGENT");
    body.put("impact", "ENTERPRISE");
    JsonNode created = staff.post("/api/tickets", body).json();
    String number = created.get("number").asText();
    assertThat(created.get("priority").asText()).isEqualTo("P1");

    jobs.runDue(number);

    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    List<String> linkedTo = new ArrayList<>();
    ticket
        .get("events")
        .forEach(
            e -> {
              if (e.get("type").asText().equals("INCIDENT_LINKED")) {
                linkedTo.add(e.get("to").asText());
              }
            });
    assertThat(linkedTo).hasSize(1);
    JsonNode incident = staff.get("/api/incidents/" + linkedTo.get(0)).json();
    assertThat(incident.get("linkedTickets"))
        .anySatisfy(t -> assertThat(t.get("number").asText()).isEqualTo(number));
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(linkedTo.get(0))
                .count())
        .isEqualTo(1);
  }

  @Test
  void badRequestsGetProblemDetailsAndOnlyCommandersDeclare() {
    Api.Reply invalid = megan.post("/api/incidents", Map.of("category", "NOPE"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");

    Api.Reply missingTitle = megan.post("/api/incidents", Map.of("category", "SYSTEM_FAULT"));
    assertThat(missingTitle.status()).isEqualTo(400);
    assertThat(missingTitle.json().get("errors").toString()).contains("title");

    Api.Reply unknownTicket =
        megan.post("/api/incidents", declaration("x", false, List.of("TS20000101-0001")));
    assertThat(unknownTicket.status()).isEqualTo(400);
    assertThat(unknownTicket.json().get("errors").get(0).get("field").asText())
        .isEqualTo("linkTickets[0]");

    assertThat(mary.post("/api/incidents", declaration("x", false, List.of())).status())
        .isEqualTo(403);
    assertThat(mary.get("/api/incidents").status()).isEqualTo(200);
    assertThat(staff.get("/api/incidents/MI20000101-001").status()).isEqualTo(404);
    assertThat(staff.get("/api/incidents/not-a-number").status()).isEqualTo(400);
    assertThat(Api.at(port).get("/api/incidents").status()).isEqualTo(401);
  }

  @Test
  void ticketsCanBeUnlinkedWhileTheIncidentRuns() {
    String number = ticket("Sync slow");
    String incident =
        megan
            .post("/api/incidents", declaration("Sync slow for all", false, List.of(number)))
            .json()
            .get("number")
            .asText();

    assertThat(megan.delete("/api/incidents/" + incident + "/links/" + number).status())
        .isEqualTo(204);
    assertThat(staff.get("/api/incidents/" + incident).json().get("linkedTickets")).isEmpty();
    assertThat(megan.delete("/api/incidents/" + incident + "/links/" + number).status())
        .isEqualTo(409);
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("events").toString()).contains("INCIDENT_UNLINKED");
  }

  // --- helpers -------------------------------------------------------------------------------

  private String ticket(String title) {
    Api.Reply created =
        staff.post(
            "/api/tickets", Tickets.request(title, "SYSTEM_FAULT", "SYNC_FAILURE", "NORMAL"));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private void askRequester(String number) {
    JsonNode task = Tickets.workTask(staff, number);
    String id = task.get("id").asText();
    staff.post("/engine-rest/task/" + id + "/claim", Map.of("userId", TestUsers.ADMIN));
    Api.Reply asked =
        staff.post(
            "/engine-rest/task/" + id + "/submit-form",
            Tickets.form(
                Vars.OUTCOME,
                Outcomes.WAIT_FOR_CUSTOMER,
                Vars.QUESTION,
                "Which orders are missing?"));
    assertThat(asked.status()).isEqualTo(204);
    assertThat(staff.get("/api/tickets/" + number).json().get("status").asText())
        .isEqualTo("WAITING_CUSTOMER");
  }

  private static Map<String, Object> declaration(String title, boolean drill, List<String> links) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("description", "Declared in a test.");
    body.put("category", "SYSTEM_FAULT");
    body.put("drill", drill);
    body.put("linkTickets", links);
    return body;
  }

  private List<JsonNode> notifications(String kind, String number) {
    List<JsonNode> result = new ArrayList<>();
    staff.get("/api/notifications?" + kind + "=" + number).json().forEach(result::add);
    return result;
  }

  private JsonNode task(Api user, String incident, String taskKey) {
    JsonNode tasks =
        user.get(
                "/engine-rest/task?maxResults=50&processInstanceBusinessKey="
                    + incident
                    + "&taskDefinitionKey="
                    + taskKey)
            .json();
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  private void complete(Api user, String incident, String taskKey, Object... variables) {
    JsonNode task = task(user, incident, taskKey);
    assertThat(task).as(taskKey + " of " + incident).isNotNull();
    String id = task.get("id").asText();
    String userId = user == eric ? TestUsers.EMERGENCY_AGENT : TestUsers.MANAGER;
    assertThat(user.post("/engine-rest/task/" + id + "/claim", Map.of("userId", userId)).status())
        .isEqualTo(204);
    Api.Reply done = user.post("/engine-rest/task/" + id + "/submit-form", Tickets.form(variables));
    assertThat(done.status()).as(done.text()).isEqualTo(204);
    jobs.runDue(incident);
  }

  private void fire(String incident, String activityId) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(incident)
            .processDefinitionKey(EmergencyResponse.KEY)
            .singleResult()
            .getId();
    Job timer =
        management
            .createJobQuery()
            .processInstanceId(instance)
            .activityId(activityId)
            .singleResult();
    assertThat(timer).as("timer at " + activityId).isNotNull();
    management.executeJob(timer.getId());
    jobs.runDue(incident);
  }
}
