package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.config.SupportGroups;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.ticketflow.support.WebappSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two agents of one group complete (or claim) the same task at the same moment, through the engine
 * REST API and through Tasklist's engine API: one wins, the other is told with 409 that someone
 * else was first, never with a server error, and the ticket moves on once.
 */
@IntegrationTest
class TaskCompletionRaceIT {

  /** A second tier-1 agent, so that two agents of the same group race. */
  private static final String SECOND_AGENT = "tobias";

  private static final String SECOND_PASSWORD = "Race-agent-2-pass";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  Api staff;
  ExecutorService pool;

  /** How one agent makes a call: through the engine REST API or Tasklist's engine API. */
  private interface Entry {
    Reply post(String call, String taskId, Object body);
  }

  private record Reply(int status, String text) {}

  @BeforeEach
  void setUp() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    if (identity.createUserQuery().userId(SECOND_AGENT).count() == 0) {
      User user = identity.newUser(SECOND_AGENT);
      user.setFirstName("Tobias");
      user.setLastName("Race");
      user.setEmail(SECOND_AGENT + "@ticketflow.example");
      user.setPassword(SECOND_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(SECOND_AGENT, SupportGroups.TIER1.id());
    }
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void ofTwoAgentsCompletingOneTaskAtOnceOneWinsAndTheOtherGets409() throws Exception {
    Entry maryRest = rest(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    Entry secondRest = rest(SECOND_AGENT, SECOND_PASSWORD);
    Entry maryTasklist = tasklist(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    Entry secondTasklist = tasklist(SECOND_AGENT, SECOND_PASSWORD);
    List<Entry[]> pairs =
        List.of(
            new Entry[] {maryRest, secondRest},
            new Entry[] {maryTasklist, secondTasklist},
            new Entry[] {maryRest, secondTasklist},
            new Entry[] {maryTasklist, secondRest},
            new Entry[] {maryRest, secondRest},
            new Entry[] {maryTasklist, secondTasklist});
    for (int round = 0; round < pairs.size(); round++) {
      String number = ticket();
      String taskId = Tickets.workTask(staff, number).get("id").asText();
      // the first rounds submit the form as Tasklist does, the later ones complete the task
      String call = round < 4 ? "submit-form" : "complete";
      Map<String, Object> resolved =
          form(Vars.OUTCOME, "RESOLVED", Vars.RESOLUTION, "Restarted the export service.");
      Entry[] pair = pairs.get(round);
      List<Reply> replies =
          race(
              () -> pair[0].post(call, taskId, resolved),
              () -> pair[1].post(call, taskId, resolved));

      assertOneWonAndOneWasToldOfTheConflict(replies, 204, "TaskAlreadyCompleted", "completed");
      JsonNode ticket = staff.get("/api/tickets/" + number).json();
      assertThat(ticket.get("status").asText()).isEqualTo("WAITING_CONFIRMATION");
      assertThat(events(ticket, "RESOLVED")).as("resolved once").isEqualTo(1);
      assertThat(Tickets.workTask(staff, number)).isNull();
    }
  }

  @Test
  void ofTwoAgentsClaimingOneTaskAtOnceOneGetsItAndTheOtherGets409() throws Exception {
    Entry maryRest = rest(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    Entry secondRest = rest(SECOND_AGENT, SECOND_PASSWORD);
    Entry maryTasklist = tasklist(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    Entry secondTasklist = tasklist(SECOND_AGENT, SECOND_PASSWORD);
    List<Entry[]> pairs =
        List.of(
            new Entry[] {maryRest, secondRest},
            new Entry[] {maryTasklist, secondTasklist},
            new Entry[] {maryRest, secondTasklist},
            new Entry[] {maryTasklist, secondRest});
    for (Entry[] pair : pairs) {
      String number = ticket();
      String taskId = Tickets.workTask(staff, number).get("id").asText();
      List<Reply> replies =
          race(
              () -> pair[0].post("claim", taskId, Map.of("userId", TestUsers.TIER1_AGENT)),
              () -> pair[1].post("claim", taskId, Map.of("userId", SECOND_AGENT)));

      assertOneWonAndOneWasToldOfTheConflict(replies, 204, "TaskAlreadyClaimed", "claimed");
      String winner = replies.get(0).status() == 204 ? TestUsers.TIER1_AGENT : SECOND_AGENT;
      assertThat(Tickets.workTask(staff, number).get("assignee").asText()).isEqualTo(winner);
      assertThat(staff.get("/api/tickets/" + number).json().get("assignee").asText())
          .isEqualTo(winner);
    }
  }

  @Test
  void anUnknownTaskIsNoConflict() {
    Reply rest =
        rest(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT)
            .post("complete", "no-such-task", Map.of("variables", Map.of()));
    Reply tasklist =
        tasklist(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT)
            .post("submit-form", "no-such-task", Map.of("variables", Map.of()));
    for (Reply reply : List.of(rest, tasklist)) {
      assertThat(reply.status()).as(reply.text()).isNotEqualTo(409).isGreaterThanOrEqualTo(400);
    }
  }

  /** Both calls, released at the same moment; the replies in the order of the calls. */
  private List<Reply> race(Callable<Reply> first, Callable<Reply> second) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Reply>> futures = new ArrayList<>();
    for (Callable<Reply> call : List.of(first, second)) {
      futures.add(
          pool.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return call.call();
              }));
    }
    List<Reply> replies = new ArrayList<>();
    for (Future<Reply> future : futures) {
      replies.add(future.get(60, TimeUnit.SECONDS));
    }
    return replies;
  }

  private static void assertOneWonAndOneWasToldOfTheConflict(
      List<Reply> replies, int won, String type, String word) throws Exception {
    assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(won, 409);
    Reply lost = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    JsonNode body = JSON.readTree(lost.text());
    assertThat(body.get("type").asText()).isEqualTo(type);
    assertThat(body.get("message").asText()).contains(word).contains("Reload");
  }

  private String ticket() {
    Api.Reply created = staff.post("/api/tickets", Tickets.howToQuestion());
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private static long events(JsonNode ticket, String type) {
    long count = 0;
    for (JsonNode event : ticket.get("events")) {
      if (event.get("type").asText().equals(type)) {
        count++;
      }
    }
    return count;
  }

  private Entry rest(String user, String password) {
    Api api = Api.at(port).as(user, password);
    return (call, taskId, body) -> {
      Api.Reply reply = api.post("/engine-rest/task/" + taskId + "/" + call, body);
      return new Reply(reply.status(), reply.text());
    };
  }

  private Entry tasklist(String user, String password) {
    WebappSession session = WebappSession.signIn(port, "tasklist", user, password);
    return (call, taskId, body) -> {
      var reply =
          session.post("/api/engine/engine/default/task/" + taskId + "/" + call, Api.write(body));
      return new Reply(reply.statusCode(), reply.body());
    };
  }
}
