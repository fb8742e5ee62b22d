package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.Outcomes;
import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The requester's reply and the agent's question at the same moment, and the reply right after the
 * question: the reply is never lost, the ticket goes back to work and nothing waits for an answer
 * already given.
 */
@IntegrationTest
class RequesterReplyRaceIT {

  private static final String QUESTION = "Which browser do you use?";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  Api staff;
  Api mary;
  TicketJobs jobs;
  ExecutorService pool;

  @BeforeEach
  void setUp() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    jobs = new TicketJobs(runtime, management);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void aReplyWhileTheQuestionIsBeingRecordedWakesTheProcessOnceTheQuestionIsIn() throws Exception {
    JsonNode created = ticket();
    String number = created.get("number").asText();
    Api requester = Api.at(port).with("X-Access-Token", created.get("accessToken").asText());
    String taskId = claimedWorkTask(number);

    // the agent's submission has done everything but commit
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Future<?> agent =
        pool.submit(
            () -> {
              identity.setAuthenticatedUserId(TestUsers.TIER1_AGENT);
              try {
                new TransactionTemplate(transactions)
                    .executeWithoutResult(
                        status -> {
                          taskService.complete(
                              taskId,
                              Variables.createVariables()
                                  .putValue(Vars.OUTCOME, Outcomes.WAIT_FOR_CUSTOMER)
                                  .putValue(Vars.QUESTION, QUESTION));
                          asked.countDown();
                          await(commit);
                        });
              } finally {
                identity.clearAuthentication();
              }
              return null;
            });
    assertThat(asked.await(60, TimeUnit.SECONDS)).as("question recorded").isTrue();

    // the requester replies now; the reply may not decide before the question is committed
    Future<Api.Reply> reply =
        pool.submit(
            () ->
                requester.post(
                    "/api/portal/tickets/" + number + "/replies", Map.of("body", "Chrome 120")));
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
    while (!reply.isDone() && waitingForLocks() == 0 && Instant.now().isBefore(giveUp)) {
      Thread.sleep(50);
    }
    commit.countDown();
    agent.get(60, TimeUnit.SECONDS);
    assertThat(reply.get(60, TimeUnit.SECONDS).status()).isEqualTo(201);

    jobs.runDue(number);
    assertBackInWork(number);
  }

  @Test
  void aReplyRightAfterTheQuestionWakesTheProcess() {
    JsonNode created = ticket();
    String number = created.get("number").asText();
    Api requester = Api.at(port).with("X-Access-Token", created.get("accessToken").asText());
    ask(claimedWorkTask(number));
    // the question's mail is delivered after the commit, outside the process: the process waits
    // for the reply alone, with no step of its own that the reply could race
    assertThat(jobs.activeActivities(number)).containsExactly(TicketHandling.WHILE_WAITING);
    assertThat(staff.get("/api/tickets/" + number).json().get("status").asText())
        .isEqualTo("WAITING_CUSTOMER");

    assertThat(
            requester
                .post("/api/portal/tickets/" + number + "/replies", Map.of("body", "Chrome 120"))
                .status())
        .isEqualTo(201);

    assertBackInWork(number);
  }

  private void assertBackInWork(String number) {
    JsonNode task = workTask(mary, number);
    assertThat(task).as("work task, at " + jobs.activeActivities(number)).isNotNull();
    assertThat(task.get("assignee").asText()).isEqualTo(TestUsers.TIER1_AGENT);
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(ticket.toString()).contains("Chrome 120");
    assertThat(jobs.activeActivities(number))
        .doesNotContain(TicketHandling.CUSTOMER_REPLIED, TicketHandling.WHILE_WAITING);
  }

  private JsonNode ticket() {
    Api.Reply created = staff.post("/api/tickets", Tickets.howToQuestion());
    assertThat(created.status()).isEqualTo(201);
    return created.json();
  }

  private String claimedWorkTask(String number) {
    String taskId = workTask(mary, number).get("id").asText();
    assertThat(
            mary.post(
                    "/engine-rest/task/" + taskId + "/claim",
                    Map.of("userId", TestUsers.TIER1_AGENT))
                .status())
        .isEqualTo(204);
    return taskId;
  }

  private void ask(String taskId) {
    assertThat(
            mary.post(
                    "/engine-rest/task/" + taskId + "/submit-form",
                    form(Vars.OUTCOME, Outcomes.WAIT_FOR_CUSTOMER, Vars.QUESTION, QUESTION))
                .status())
        .isEqualTo(204);
  }

  private int waitingForLocks() {
    Integer waiting =
        jdbc.queryForObject(
            "select count(*) from pg_stat_activity where wait_event_type = 'Lock'", Integer.class);
    return waiting == null ? 0 : waiting;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never told to commit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
