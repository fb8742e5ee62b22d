package io.ticketflow.it;

import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.process.ProcessModel.TieredSupport;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import io.ticketflow.support.WorkQueuedAtOnce;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ticket's path as the engine sees it: the requester's answer is given once the triage is
 * recorded, the work follows in one job after that commit, and the processes hold references and
 * the few values their gateways, timers and decisions read, not a copy of the ticket.
 */
@IntegrationTest
class LeanTicketPathIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService taskService;

  Api staff;
  Api mary;
  TicketJobs jobs;

  @BeforeEach
  void setUp() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    jobs = new TicketJobs(runtime, management);
  }

  @Test
  void theAnswerCarriesTheTriageAndTheWorkFollowsInOneJobAfterTheCommit() throws Exception {
    JsonNode created;
    try (AutoCloseable busy = WorkQueuedAtOnce.hold()) {
      Api.Reply reply = staff.post("/api/tickets", Tickets.howToQuestion());
      assertThat(reply.status()).isEqualTo(201);
      created = reply.json();
    }
    String number = created.get("number").asText();
    assertThat(created.get("priority").asText()).isEqualTo("P4");
    assertThat(created.get("candidateGroup").asText()).isEqualTo("tier1");
    assertThat(created.get("firstResponseDueAt").isNull()).isFalse();
    assertThat(created.get("resolutionDueAt").isNull()).isFalse();
    assertThat(created.get("accessToken").asText()).hasSizeGreaterThan(40);

    String instance = jobs.handlingInstance(number);
    Job queueWork =
        management
            .createJobQuery()
            .processInstanceId(instance)
            .activityId(TicketHandling.RECORD_TRIAGE)
            .singleResult();
    assertThat(queueWork).isNotNull();
    assertThat(management.createJobQuery().processInstanceId(instance).messages().count())
        .as("one job per new ticket")
        .isOne();
    assertThat(workTask(mary, number)).isNull();

    management.executeJob(queueWork.getId());

    assertThat(workTask(mary, number)).isNotNull();
    assertThat(management.createJobQuery().processInstanceId(instance).messages().count())
        .as("no job left once the work is queued: notifications leave outside the process")
        .isZero();
  }

  @Test
  void theProcessesHoldReferencesAndWhatTheirStepsReadNotTheTicket() {
    String number =
        staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    String instance = jobs.handlingInstance(number);

    assertThat(runtime.getVariables(instance).keySet())
        .containsExactlyInAnyOrder(
            Vars.TICKET_NUMBER,
            Vars.CATEGORY,
            Vars.SUBCATEGORY,
            Vars.PRIORITY,
            Vars.CANDIDATE_GROUP,
            Vars.TIER,
            Vars.CALENDAR,
            Vars.UPDATE_TARGET,
            Vars.FIRST_RESPONSE_DUE_AT,
            Vars.RESOLUTION_DUE_AT,
            Vars.FIRST_RESPONSE_WARNING_AT,
            Vars.RESOLUTION_WARNING_AT);
    String work =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .processDefinitionKey(TieredSupport.KEY)
            .singleResult()
            .getId();
    assertThat(runtime.getVariables(work).keySet())
        .containsExactlyInAnyOrder(
            Vars.TICKET_NUMBER, Vars.CATEGORY, Vars.SUBCATEGORY, Vars.CANDIDATE_GROUP, Vars.TIER);

    // the work task holds no copy of the ticket; the form reads it from the store when opened
    String taskId = workTask(mary, number).get("id").asText();
    assertThat(taskService.getVariablesLocal(taskId)).isEmpty();
    JsonNode form = mary.get("/engine-rest/task/" + taskId + "/form-variables").json();
    assertThat(form.get(Vars.TICKET_TITLE).get("value").asText())
        .isEqualTo(Tickets.howToQuestion().get("title"));
    assertThat(form.get(Vars.PRIORITY).get("value").asText()).isEqualTo("P4");
    assertThat(form.get(Vars.REPLY_TEMPLATE_OPTIONS).get("type").asText()).isEqualTo("Json");
    // a comment written after the task was created is in the form at once
    staff.post(
        "/api/tickets/" + number + "/comments",
        java.util.Map.of("body", "Checked the export rights", "visibility", "PUBLIC"));
    JsonNode again = mary.get("/engine-rest/task/" + taskId + "/form-variables").json();
    assertThat(again.get(Vars.RECENT_COMMENTS).get("value").asText())
        .contains("Checked the export rights");
  }
}
