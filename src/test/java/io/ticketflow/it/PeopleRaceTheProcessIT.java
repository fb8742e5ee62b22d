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
import io.ticketflow.support.WorkQueuedAtOnce;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * A person acting on a ticket at the very moment another person, or the ticket's process itself,
 * moves it on: every pair ends in success or a 409 that says to reload, never in a server error,
 * and nothing a person said is lost. Each pair runs on many tickets at once, so that the two sides
 * meet in every order.
 */
@IntegrationTest
class PeopleRaceTheProcessIT {

  private static final int TICKETS = 12;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Api staff;
  Api mary;
  TicketJobs jobs;
  ExecutorService pool;

  @BeforeEach
  void setUp() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    jobs = new TicketJobs(runtime, management);
    pool = Executors.newFixedThreadPool(2 * TICKETS);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void theRequesterConfirmsTheMomentTheAgentResolves() throws Exception {
    List<Created> tickets = claimedTickets();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> resolved = new ArrayList<>();
    List<Future<List<Integer>>> confirmations = new ArrayList<>();
    for (Created ticket : tickets) {
      resolved.add(
          at(
              go,
              () ->
                  mary.post(
                          "/engine-rest/task/" + ticket.taskId() + "/submit-form",
                          form(
                              Vars.OUTCOME,
                              Outcomes.RESOLVED,
                              Vars.RESOLUTION,
                              "Granted the Export right."))
                      .status()));
      confirmations.add(
          at(
              go,
              () ->
                  untilNotConflict(
                      () ->
                          ticket
                              .requester(port)
                              .post(
                                  "/api/portal/tickets/" + ticket.number() + "/confirmation",
                                  Map.of("resolved", true))
                              .status())));
    }
    go.countDown();

    for (int i = 0; i < tickets.size(); i++) {
      assertThat(resolved.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(204);
      List<Integer> answers = confirmations.get(i).get(60, TimeUnit.SECONDS);
      // 409 only while the ticket is not yet waiting for the confirmation; then it is taken
      assertThat(answers).allMatch(status -> status == 200 || status == 409);
      assertThat(answers).last().isEqualTo(200);
      assertThat(status(tickets.get(i).number())).isEqualTo("CLOSED");
    }
  }

  @Test
  void theRequesterRepliesTheMomentTheAgentAsks() throws Exception {
    List<Created> tickets = claimedTickets();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> asked = new ArrayList<>();
    List<Future<Integer>> replies = new ArrayList<>();
    for (Created ticket : tickets) {
      asked.add(
          at(
              go,
              () ->
                  mary.post(
                          "/engine-rest/task/" + ticket.taskId() + "/submit-form",
                          form(
                              Vars.OUTCOME,
                              Outcomes.WAIT_FOR_CUSTOMER,
                              Vars.QUESTION,
                              "Which browser do you use?"))
                      .status()));
      replies.add(
          at(
              go,
              () ->
                  ticket
                      .requester(port)
                      .post(
                          "/api/portal/tickets/" + ticket.number() + "/replies",
                          Map.of("body", "Chrome 120"))
                      .status()));
    }
    go.countDown();

    for (int i = 0; i < tickets.size(); i++) {
      String number = tickets.get(i).number();
      assertThat(asked.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(204);
      assertThat(replies.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(201);
      JsonNode ticket = staff.get("/api/tickets/" + number).json();
      assertThat(ticket.toString()).contains("Chrome 120");
      // a reply after the question woke the process; one before it is a comment the agent reads
      assertThat(ticket.get("status").asText()).isIn("IN_PROGRESS", "WAITING_CUSTOMER");
      if (ticket.get("status").asText().equals("IN_PROGRESS")) {
        assertThat(workTask(mary, number)).as("work task of " + number).isNotNull();
      }
    }
  }

  @Test
  void theRequesterAndStaffComplainAtOnce() throws Exception {
    List<Created> tickets = claimedTickets();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> complaints = new ArrayList<>();
    for (Created ticket : tickets) {
      complaints.add(
          at(
              go,
              () ->
                  ticket
                      .requester(port)
                      .post(
                          "/api/portal/tickets/" + ticket.number() + "/complaints",
                          Map.of("reason", "Nobody answers"))
                      .status()));
      complaints.add(
          at(
              go,
              () ->
                  staff
                      .post(
                          "/api/tickets/" + ticket.number() + "/complaints",
                          Map.of("reason", "The requester called twice"))
                      .status()));
    }
    go.countDown();

    for (Future<Integer> complaint : complaints) {
      assertThat(complaint.get(60, TimeUnit.SECONDS)).isEqualTo(201);
    }
    for (Created ticket : tickets) {
      assertThat(events(ticket.number(), "COMPLAINT")).isEqualTo(2);
      assertThat(workTask(staff, ticket.number())).isNotNull();
    }
  }

  @Test
  void peopleActWhileTheProcessIsStillQueueingTheWork() throws Exception {
    List<Created> tickets = new ArrayList<>();
    try (AutoCloseable busy = WorkQueuedAtOnce.hold()) {
      for (int i = 0; i < TICKETS; i++) {
        tickets.add(created());
      }
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> queued = new ArrayList<>();
    List<Future<Integer>> people = new ArrayList<>();
    for (Created ticket : tickets) {
      Job queueWork =
          management
              .createJobQuery()
              .processInstanceId(jobs.handlingInstance(ticket.number()))
              .activityId(TicketHandling.RECORD_TRIAGE)
              .singleResult();
      assertThat(queueWork).as("queue-work job of " + ticket.number()).isNotNull();
      queued.add(
          at(
              go,
              () -> {
                try {
                  management.executeJob(queueWork.getId());
                  return "queued";
                } catch (OptimisticLockingException | ConcurrencyFailureException lost) {
                  // the job executor retries such a job; so does this test, below
                  return "retried";
                }
              }));
      people.add(
          at(
              go,
              () ->
                  ticket
                      .requester(port)
                      .post(
                          "/api/portal/tickets/" + ticket.number() + "/replies",
                          Map.of("body", "It also happens in Firefox"))
                      .status()));
      people.add(
          at(
              go,
              () ->
                  staff
                      .post(
                          "/api/tickets/" + ticket.number() + "/comments",
                          Map.of("body", "Called the requester", "visibility", "INTERNAL"))
                      .status()));
    }
    go.countDown();

    for (Future<Integer> person : people) {
      assertThat(person.get(60, TimeUnit.SECONDS)).isEqualTo(201);
    }
    for (Future<String> job : queued) {
      assertThat(job.get(60, TimeUnit.SECONDS)).isIn("queued", "retried");
    }
    for (Created ticket : tickets) {
      // what lost its race is tried again, as the job executor does
      management
          .createJobQuery()
          .processInstanceId(jobs.handlingInstance(ticket.number()))
          .activityId(TicketHandling.RECORD_TRIAGE)
          .list()
          .forEach(job -> management.executeJob(job.getId()));
      assertThat(workTask(mary, ticket.number())).as("work of " + ticket.number()).isNotNull();
      String text = staff.get("/api/tickets/" + ticket.number()).text();
      assertThat(text).contains("It also happens in Firefox", "Called the requester");
    }
  }

  // ---- helpers ----

  record Created(String number, String token, String taskId) {
    Api requester(int port) {
      return Api.at(port).with("X-Access-Token", token);
    }
  }

  private Created created() {
    Api.Reply reply = staff.post("/api/tickets", Tickets.howToQuestion());
    assertThat(reply.status()).isEqualTo(201);
    return new Created(
        reply.json().get("number").asText(), reply.json().get("accessToken").asText(), null);
  }

  /** Tickets whose work task Mary has claimed, ready for her next step. */
  private List<Created> claimedTickets() {
    List<Created> tickets = new ArrayList<>();
    for (int i = 0; i < TICKETS; i++) {
      Created ticket = created();
      JsonNode task = workTask(mary, ticket.number());
      assertThat(task).as("work task of " + ticket.number()).isNotNull();
      String taskId = task.get("id").asText();
      assertThat(
              mary.post(
                      "/engine-rest/task/" + taskId + "/claim",
                      Map.of("userId", TestUsers.TIER1_AGENT))
                  .status())
          .isEqualTo(204);
      tickets.add(new Created(ticket.number(), ticket.token(), taskId));
    }
    return tickets;
  }

  private <T> Future<T> at(CountDownLatch go, Callable<T> action) {
    return pool.submit(
        () -> {
          go.await();
          return action.call();
        });
  }

  /** Repeats a request answered 409 (not yet possible), as the portal's page lets one do. */
  private static List<Integer> untilNotConflict(Callable<Integer> request) throws Exception {
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      int status = request.call();
      answers.add(status);
      if (status != 409) {
        return answers;
      }
      Thread.sleep(10);
    }
    return answers;
  }

  private String status(String number) {
    return staff.get("/api/tickets/" + number).json().get("status").asText();
  }

  private long events(String number, String type) {
    JsonNode events = staff.get("/api/tickets/" + number).json().get("events");
    return StreamSupport.stream(events.spliterator(), false)
        .filter(e -> type.equals(e.get("type").asText()))
        .count();
  }
}
