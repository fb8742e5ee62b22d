package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.monitoring.MetricNames;
import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.Mailbox;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import io.ticketflow.ticket.ResolutionTargetMetBy;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * SLA clocks and their consequences, and escalation from outside the work: timers, pause,
 * complaints.
 */
@IntegrationTest
class SlaAndEscalationIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired GreenMail smtp;
  @Autowired MeterRegistry metrics;

  Api staff;
  Api mary;
  Api portal;

  @BeforeEach
  void clients() {
    Api api = Api.at(port);
    staff = api.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = api.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    portal = api;
  }

  @Test
  void unansweredTier1TicketMovesToTier2WhenTheResponseSlaPasses() {
    String number = open();
    assertThat(workTask(mary, number)).isNotNull();
    fire(number, TicketHandling.RESPONSE_SLA_BREACHED);
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("responseSlaBreachedAt").isNull()).isFalse();
    assertThat(ticket.get("candidateGroup").asText()).isEqualTo("training");
    assertThat(ticket.get("tier").asInt()).isEqualTo(2);
    JsonNode escalation = lastEvent(ticket, "ESCALATED");
    assertThat(escalation.get("detail").asText()).startsWith("TIMEOUT");
    assertThat(escalation.get("from").asText()).isEqualTo("tier1 (tier 1)");
    assertThat(workTask(mary, number)).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(2);
    // the managers of the group are told of the breach by e-mail
    Mailbox.awaitFirst(
        smtp, message -> subjectOf(message).contains(number) && to(message, "megan"));
    assertThat(mailsTo("megan@ticketflow.example"))
        .anySatisfy(subject -> assertThat(subject).contains(number));
  }

  private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean to(jakarta.mail.internet.MimeMessage message, String user) {
    try {
      return java.util.Arrays.toString(message.getAllRecipients())
          .contains(user + "@ticketflow.example");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> mailsTo(String address) {
    List<String> subjects = new ArrayList<>();
    for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
      try {
        for (jakarta.mail.Address to : message.getAllRecipients()) {
          if (to.toString().contains(address)) {
            subjects.add(message.getSubject());
          }
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return subjects;
  }

  @Test
  void answeredTicketStaysWhereItIsWhenTheResponseTimerFires() {
    String number = open();
    JsonNode task = workTask(mary, number);
    mary.post(
        "/engine-rest/task/" + task.get("id").asText() + "/claim",
        Map.of("userId", TestUsers.TIER1_AGENT));
    fire(number, TicketHandling.RESPONSE_SLA_BREACHED);
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("responseSlaBreachedAt")).isNull();
    assertThat(ticket.get("candidateGroup").asText()).isEqualTo("tier1");
    assertThat(workTask(mary, number).get("id").asText()).isEqualTo(task.get("id").asText());
  }

  @Test
  void warningIsLoggedBeforeTheResolutionIsDue() {
    String number = open();
    fire(number, TicketHandling.RESOLUTION_SLA_WARNING);
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(lastEvent(ticket, "SLA_WARNING").get("detail").asText())
        .startsWith("resolution due");
    assertThat(workTask(mary, number)).isNotNull();
  }

  @Test
  void waitingForTheRequesterPausesTheClockAndMovesTheDueTimes() {
    Api.Reply created = portal.post("/api/portal/tickets", Tickets.howToQuestion());
    String number = created.json().get("number").asText();
    Api requester = portal.with("X-Access-Token", created.json().get("accessToken").asText());
    JsonNode before = staff.get("/api/tickets/" + number).json();
    JsonNode task = workTask(mary, number);
    mary.post(
        "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
        form(Vars.OUTCOME, "WAIT_FOR_CUSTOMER", Vars.QUESTION, "Which version?"));
    String instance = handlingInstance(number);
    for (String timer :
        new String[] {
          TicketHandling.RESPONSE_SLA_BREACHED, TicketHandling.RESOLUTION_SLA_BREACHED,
          TicketHandling.RESPONSE_SLA_WARNING, TicketHandling.RESOLUTION_SLA_WARNING
        }) {
      assertThat(management.createJobQuery().processInstanceId(instance).activityId(timer).count())
          .as("no SLA timer while waiting: " + timer)
          .isZero();
    }
    assertThat(staff.get("/api/tickets/" + number).json().get("slaPausedSince").isNull()).isFalse();

    assertThat(
            requester
                .post("/api/portal/tickets/" + number + "/replies", Map.of("body", "Version 3.2"))
                .status())
        .isEqualTo(201);
    JsonNode resumed = staff.get("/api/tickets/" + number).json();
    assertThat(resumed.get("slaPausedSince")).isNull();
    OffsetDateTime dueBefore = OffsetDateTime.parse(before.get("resolutionDueAt").asText());
    OffsetDateTime dueAfter = OffsetDateTime.parse(resumed.get("resolutionDueAt").asText());
    assertThat(dueAfter).isAfterOrEqualTo(dueBefore);
    assertThat(lastEvent(resumed, "SLA_RESUMED")).isNotNull();
    Job resolutionTimer =
        management
            .createJobQuery()
            .processInstanceId(handlingInstance(number))
            .activityId(TicketHandling.RESOLUTION_SLA_BREACHED)
            .singleResult();
    assertThat(resolutionTimer.getDuedate().toInstant())
        .isEqualTo(dueAfter.toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void requesterComplaintMovesTheWorkUpATier() {
    Api.Reply created = portal.post("/api/portal/tickets", Tickets.howToQuestion());
    String number = created.json().get("number").asText();
    Api requester = portal.with("X-Access-Token", created.json().get("accessToken").asText());
    Api.Reply complaint =
        requester.post(
            "/api/portal/tickets/" + number + "/complaints",
            Map.of("reason", "Nobody has answered for hours"));
    assertThat(complaint.status()).isEqualTo(201);
    assertThat(complaint.json().get("escalated").asBoolean()).isTrue();
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("candidateGroup").asText()).isEqualTo("training");
    assertThat(ticket.get("complaintCount").asInt()).isEqualTo(1);
    assertThat(lastEvent(ticket, "ESCALATED").get("detail").asText())
        .isEqualTo("CUSTOMER_COMPLAINT: Nobody has answered for hours");
    assertThat(requester.get("/api/portal/tickets/" + number).text()).doesNotContain("Complaint:");
    // the managers' notice names the group the ticket went to, and who complained
    JsonNode notice = complaintNotice(number, "Complaint from the requester: Nobody has answered");
    assertThat(notice.get("subject").asText())
        .contains("Escalated to training")
        .doesNotContain("tier1");
  }

  private JsonNode complaintNotice(String number, String text) {
    for (JsonNode notice : staff.get("/api/notifications?ticket=" + number).json()) {
      if (notice.get("body").asText().contains(text)) {
        return notice;
      }
    }
    throw new AssertionError("no notice with " + text);
  }

  @Test
  void complaintAtTheTopTierIsRecordedAndTheTicketStays() {
    String number = open();
    for (int i = 0; i < 2; i++) {
      staff.post("/api/tickets/" + number + "/complaints", Map.of("reason", "Still broken " + i));
    }
    JsonNode atTier3 = staff.get("/api/tickets/" + number).json();
    assertThat(atTier3.get("candidateGroup").asText()).isEqualTo("tier3");
    Api.Reply third =
        staff.post("/api/tickets/" + number + "/complaints", Map.of("reason", "Unacceptable"));
    assertThat(third.status()).isEqualTo(201);
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("candidateGroup").asText()).isEqualTo("tier3");
    assertThat(lastEvent(ticket, "NO_HIGHER_TIER").get("detail").asText())
        .isEqualTo("CUSTOMER_COMPLAINT: Unacceptable");
    // a complaint staff record is labelled as theirs, not the requester's
    assertThat(
            complaintNotice(
                    number, "Complaint recorded by " + TestUsers.ADMIN + " (staff): Still broken 0")
                .get("subject")
                .asText())
        .doesNotContain("tier1");
  }

  @Test
  void tier3RecordsCollaborationAndGivesAWorkaroundWithExpectedResolution() {
    String number = open();
    Api.Reply collaboration =
        staff.post(
            "/api/tickets/" + number + "/collaborations",
            Map.of("team", "development", "request", "Please check the export service logs"));
    assertThat(collaboration.status()).isEqualTo(201);
    assertThat(collaboration.json().get("to").asText()).isEqualTo("development");
    String expected = OffsetDateTime.now().plusDays(2).withNano(0).toString();
    Api.Reply workaround =
        staff.post(
            "/api/tickets/" + number + "/workaround",
            Map.of("workaround", "Export as CSV meanwhile", "expectedResolutionAt", expected));
    assertThat(workaround.status()).isEqualTo(200);
    assertThat(workaround.json().get("workaround").asText()).isEqualTo("Export as CSV meanwhile");
    assertThat(
            OffsetDateTime.parse(workaround.json().get("expectedResolutionAt").asText())
                .toInstant())
        .isEqualTo(OffsetDateTime.parse(expected).toInstant());
    Api.Reply past =
        staff.post(
            "/api/tickets/" + number + "/workaround",
            Map.of("workaround", "x", "expectedResolutionAt", "2001-01-01T00:00:00+08:00"));
    assertThat(past.status()).isEqualTo(400);
  }

  @Test
  void aWorkaroundMeetsTheResolutionTargetSoItsTimersNeitherWarnNorEscalate() {
    String number = open();
    double before = workaroundsCounted();
    Api.Reply given =
        mary.post(
            "/api/tickets/" + number + "/workaround",
            Map.of(
                "workaround",
                "Export as CSV meanwhile",
                "expectedResolutionAt",
                OffsetDateTime.now().plusDays(2).withNano(0).toString()));
    assertThat(given.status()).isEqualTo(200);
    assertThat(given.json().get("resolutionTargetMetBy").asText()).isEqualTo("WORKAROUND");
    assertThat(given.json().get("resolutionTargetMetAt").isNull()).isFalse();
    assertThat(workaroundsCounted()).isEqualTo(before + 1);

    fire(number, TicketHandling.RESOLUTION_SLA_WARNING);
    fire(number, TicketHandling.RESOLUTION_SLA_BREACHED);

    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("resolutionSlaBreachedAt")).as("the clock stopped").isNull();
    assertThat(lastEvent(ticket, "RESOLUTION_SLA_BREACHED")).isNull();
    assertThat(lastEvent(ticket, "SLA_WARNING")).isNull();
    assertThat(lastEvent(ticket, "RESOLUTION_TARGET_MET").get("to").asText())
        .isEqualTo("WORKAROUND");
    assertThat(ticket.get("tier").asInt()).as("not escalated").isEqualTo(1);
    assertThat(workTask(mary, number)).isNotNull();
  }

  private double workaroundsCounted() {
    return metrics
        .counter(
            MetricNames.RESOLUTION_TARGETS_MET,
            MetricNames.MET_BY,
            ResolutionTargetMetBy.WORKAROUND.name())
        .count();
  }

  private String open() {
    return staff.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
  }

  private String handlingInstance(String number) {
    return new TicketJobs(runtime, management).handlingInstance(number);
  }

  private static JsonNode lastEvent(JsonNode ticket, String type) {
    JsonNode found = null;
    for (JsonNode event : ticket.get("events")) {
      if (event.get("type").asText().equals(type)) {
        found = event;
      }
    }
    return found;
  }

  private void fire(String number, String activityId) {
    new TicketJobs(runtime, management).fire(number, activityId);
  }
}
