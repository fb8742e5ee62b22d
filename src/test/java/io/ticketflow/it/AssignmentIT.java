package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.Outcomes;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.ticketflow.ticket.TicketService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Automatic assignment on PostgreSQL: tier 1 and training assign automatically here, every other
 * group works as a pool. Mary, the demo desk's tier 1 agent, is unavailable throughout, so tier 1's
 * work goes to the agents each test adds (and removes again).
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      "ticketflow.assignment.groups." + AssignmentIT.TIER1 + ".mode=AUTO",
      "ticketflow.assignment.groups." + AssignmentIT.TRAINING + ".mode=AUTO"
    })
class AssignmentIT {

  static final String TIER1 = "tier1";
  static final String TRAINING = "training";
  private static final int BURST = 16;
  private static final String MANAGER = "megan";
  private static final String TRAINING_AGENT = "tina";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  Api anonymous;
  Api staff;
  Api manager;
  Api mary;
  final List<String> addedAgents = new ArrayList<>();

  @BeforeEach
  void clients() {
    anonymous = Api.at(port);
    staff = anonymous.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    manager = anonymous.as(MANAGER, MANAGER);
    mary = anonymous.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    assertThat(profile(manager, TestUsers.TIER1_AGENT, List.of(), false).status()).isEqualTo(200);
  }

  @AfterEach
  void removeAddedAgents() {
    addedAgents.forEach(identity::deleteUser);
    addedAgents.clear();
  }

  @Test
  void thirtyTicketsSpreadEvenlyOverThreeAvailableAgentsAndNoneToTheUnavailable() {
    addAgent("spreadann", TIER1);
    addAgent("spreadbob", TIER1);
    addAgent("spreadcid", TIER1);
    addAgent("spreadzoe", TIER1);
    assertThat(profile(manager, "spreadzoe", List.of(), false).status()).isEqualTo(200);

    Map<String, Integer> perAgent = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      JsonNode ticket = ticket(open(Tickets.howToQuestion()));
      assertThat(ticket.get("status").asText()).isEqualTo("IN_PROGRESS");
      perAgent.merge(ticket.get("assignee").asText(), 1, Integer::sum);
    }

    assertThat(perAgent).isEqualTo(Map.of("spreadann", 10, "spreadbob", 10, "spreadcid", 10));
    JsonNode group = mary.get("/api/agents?group=" + TIER1).json();
    assertThat(group.get("mode").asText()).isEqualTo("AUTO");
    assertThat(openTickets(group, "spreadann")).isEqualTo(10);
    assertThat(openTickets(group, "spreadzoe")).isZero();
    assertThat(openTickets(group, TestUsers.TIER1_AGENT)).isZero();
  }

  @Test
  void aBurstOfTicketsForANewAgentIsTakenWhole() throws Exception {
    // a new agent has no profile yet: choosing them must insert none, or the burst's concurrent
    // intakes would each insert the same one and all but the first fail
    addAgent("burstnew", TIER1);
    ExecutorService clients = Executors.newFixedThreadPool(BURST);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Reply>> created = new ArrayList<>();
      for (int i = 0; i < BURST; i++) {
        created.add(
            clients.submit(
                () -> {
                  go.await();
                  return Tickets.openPolitely(staff, Tickets.howToQuestion());
                }));
      }
      go.countDown();
      for (Future<Api.Reply> answer : created) {
        Api.Reply reply = answer.get(60, TimeUnit.SECONDS);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        JsonNode ticket = ticket(reply.json().get("number").asText());
        assertThat(ticket.get("assignee").asText()).isEqualTo("burstnew");
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(openTickets(mary.get("/api/agents?group=" + TIER1).json(), "burstnew"))
        .isEqualTo(BURST);
  }

  @Test
  void automaticAssignmentGivesTheAgentTheTaskButIsNoFirstResponse() {
    addAgent("solo", TIER1);

    String number = open(Tickets.howToQuestion());

    JsonNode task = workTask(anonymous.as("solo", "solo"), number);
    assertThat(task.get("assignee").asText()).isEqualTo("solo");
    JsonNode ticket = ticket(number);
    assertThat(ticket.get("status").asText()).isEqualTo("IN_PROGRESS");
    JsonNode assigned = event(ticket, "ASSIGNED");
    assertThat(assigned.get("to").asText()).isEqualTo("solo");
    assertThat(assigned.get("actor").asText()).isEqualTo(TicketService.SYSTEM_ACTOR);
    // the response SLA keeps running until the agent acts on the ticket
    assertThat(ticket.has("firstRespondedAt")).isFalse();
    JsonNode agent = agent(mary.get("/api/agents?group=" + TIER1).json(), "solo");
    assertThat(agent.get("lastAssignedAt").isNull()).isFalse();
  }

  @Test
  void agentsGetOnlyTicketsTheyHaveTheSkillFor() {
    addAgent("howtopro", TIER1);
    addAgent("loginpro", TIER1);
    assertThat(profile(manager, "howtopro", List.of("OPERATION_GUIDANCE"), true).status())
        .isEqualTo(200);
    assertThat(profile(manager, "loginpro", List.of("LOGIN_FAILURE"), true).status())
        .isEqualTo(200);

    List<String> howTo = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      howTo.add(ticket(open(Tickets.howToQuestion())).get("assignee").asText());
    }
    String login = ticket(open(loginFailure())).get("assignee").asText();
    JsonNode install =
        ticket(
            open(
                Tickets.request(
                    "Install the VPN client",
                    "ENVIRONMENT_CONFIGURATION",
                    "CLIENT_INSTALLATION",
                    "NORMAL")));

    // the idle login specialist never gets a how-to question, however busy the other one is
    assertThat(howTo).containsOnly("howtopro");
    assertThat(login).isEqualTo("loginpro");
    // nobody has the skill: the ticket waits in the queue
    assertThat(install.get("candidateGroup").asText()).isEqualTo(TIER1);
    assertThat(install.get("status").asText()).isEqualTo("WAITING_ASSIGNMENT");
    assertThat(install.has("assignee")).isFalse();
    JsonNode queued =
        workTask(anonymous.as("howtopro", "howtopro"), install.get("number").asText());
    assertThat(queued.get("assignee").isNull()).isTrue();
  }

  @Test
  void ticketStaysInThePoolWhenNoAgentIsAvailable() {
    JsonNode ticket = ticket(open(Tickets.howToQuestion()));

    assertThat(ticket.get("status").asText()).isEqualTo("WAITING_ASSIGNMENT");
    assertThat(ticket.has("assignee")).isFalse();
    JsonNode task = workTask(mary, ticket.get("number").asText());
    assertThat(task.get("assignee").isNull()).isTrue();
  }

  @Test
  void ticketAnAgentEscalatesIsAssignedInTheNextGroupToo() {
    addAgent("escalator", TIER1);
    Api escalator = anonymous.as("escalator", "escalator");
    String number = open(Tickets.howToQuestion());
    JsonNode task = workTask(escalator, number);
    assertThat(task.get("assignee").asText()).isEqualTo("escalator");

    // the next group's task is created inside the agent's own engine call and assigned at once
    assertThat(
            escalator
                .post(
                    "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                    form(
                        Vars.OUTCOME,
                        Outcomes.ESCALATE,
                        Vars.ESCALATION_REASON,
                        "CANNOT_RESOLVE",
                        Vars.ESCALATION_NOTE,
                        "Needs a training session"))
                .status())
        .isEqualTo(204);

    JsonNode escalated = ticket(number);
    assertThat(escalated.get("candidateGroup").asText()).isEqualTo(TRAINING);
    assertThat(escalated.get("assignee").asText()).isEqualTo(TRAINING_AGENT);
    assertThat(escalated.get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(
            workTask(anonymous.as(TRAINING_AGENT, TRAINING_AGENT), number).get("assignee").asText())
        .isEqualTo(TRAINING_AGENT);
  }

  @Test
  void onlyManagersAndAdministratorsChangeProfiles() {
    addAgent("profiled", TIER1);

    Api.Reply refused = profile(mary, "profiled", List.of("HOW_TO"), false);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(
            agent(mary.get("/api/agents?group=" + TIER1).json(), "profiled")
                .get("available")
                .asBoolean())
        .isTrue();
    assertThat(profile(anonymous, "profiled", List.of(), false).status()).isEqualTo(401);

    Api.Reply changed = profile(manager, "profiled", List.of("SYSTEM_FAULT", "HOW_TO"), false);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("skills").toString()).isEqualTo("[\"HOW_TO\",\"SYSTEM_FAULT\"]");
    assertThat(changed.json().get("available").asBoolean()).isFalse();
    assertThat(profile(staff, "profiled", List.of(), true).json().get("available").asBoolean())
        .isTrue();
  }

  @Test
  void anyStaffMemberReadsAGroupsAgents() {
    addAgent("listed", TIER1);

    Api.Reply reply = mary.get("/api/agents?group=" + TIER1);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode listed = agent(reply.json(), "listed");
    assertThat(listed.get("available").asBoolean()).isTrue();
    assertThat(listed.get("skills")).isEmpty();
    assertThat(listed.get("openTickets").asLong()).isZero();
    assertThat(agent(reply.json(), TestUsers.TIER1_AGENT).get("available").asBoolean()).isFalse();
    assertThat(anonymous.get("/api/agents?group=" + TIER1).status()).isEqualTo(401);
  }

  @Test
  void badProfileChangesAreRefusedNamingTheField() {
    addAgent("checked", TIER1);

    Api.Reply unknownSkill = profile(manager, "checked", List.of("HOW_TO", "COOKING"), true);
    assertThat(unknownSkill.status()).isEqualTo(400);
    assertThat(unknownSkill.contentType()).startsWith("application/problem+json");
    assertThat(unknownSkill.json().get("errors").get(0).get("field").asText())
        .isEqualTo("skills[1]");

    Api.Reply noAvailability = manager.put("/api/agents/checked", Map.of("skills", List.of()));
    assertThat(noAvailability.status()).isEqualTo(400);
    assertThat(noAvailability.json().get("errors").get(0).get("field").asText())
        .isEqualTo("available");

    Api.Reply unknownUser = profile(manager, "nosuchagent", List.of(), true);
    assertThat(unknownUser.status()).isEqualTo(404);
    assertThat(unknownUser.contentType()).startsWith("application/problem+json");
  }

  // --- helpers -----------------------------------------------------------------------------

  private void addAgent(String id, String group) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("Agent");
    user.setEmail(id + "@ticketflow.example");
    user.setPassword(id);
    identity.saveUser(user);
    addedAgents.add(id);
    identity.createMembership(id, group);
  }

  private static Api.Reply profile(Api as, String userId, List<String> skills, boolean available) {
    return as.put("/api/agents/" + userId, Map.of("skills", skills, "available", available));
  }

  private String open(Map<String, Object> request) {
    Api.Reply created = staff.post("/api/tickets", request);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private JsonNode ticket(String number) {
    return staff.get("/api/tickets/" + number).json();
  }

  private static Map<String, Object> loginFailure() {
    return Tickets.request("Cannot sign in to OA", "SYSTEM_FAULT", "LOGIN_FAILURE", "NORMAL");
  }

  private static JsonNode event(JsonNode ticket, String type) {
    return StreamSupport.stream(ticket.get("events").spliterator(), false)
        .filter(e -> e.get("type").asText().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " event in " + ticket));
  }

  private static JsonNode agent(JsonNode group, String userId) {
    return StreamSupport.stream(group.get("agents").spliterator(), false)
        .filter(a -> a.get("userId").asText().equals(userId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(userId + " not listed in " + group));
  }

  private static long openTickets(JsonNode group, String userId) {
    return agent(group, userId).get("openTickets").asLong();
  }
}
