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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Merging a duplicate into its master through the staff API, on PostgreSQL: the duplicate ends
 * MERGED with its whole handling (work, timers), the master shows its comments and files, both
 * requesters are told, the logs and the audit trail say who and why; refusals are 404 or 409, and
 * merges of one pair at the same moment end in one success and one 409.
 */
@IntegrationTest
class TicketMergeIT {

  private static final String NOTE = "Same export failure, reported twice";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Api staff;
  Api mary;
  ExecutorService pool;

  @BeforeEach
  void setUp() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void duplicateEndsMergedWithItsProcessAndTheMasterShowsWhatItBrought() {
    Created duplicate = create(Tickets.howToQuestion());
    Created master = create(chineseRequester());
    assertThat(workTask(mary, duplicate.number())).as("the duplicate is worked").isNotNull();
    assertThat(
            staff
                .post(
                    "/api/tickets/" + duplicate.number() + "/comments",
                    Map.of("body", "The export button is greyed out", "visibility", "PUBLIC"))
                .status())
        .isEqualTo(201);
    assertThat(
            staff
                .upload(
                    "/api/tickets/" + duplicate.number() + "/attachments",
                    "export.log",
                    "E-500 at 09:12".getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(201);

    Api.Reply merged =
        mary.post(
            "/api/tickets/" + duplicate.number() + "/merge",
            Map.of("into", master.number(), "note", NOTE));

    assertThat(merged.status()).as(merged.text()).isEqualTo(200);
    assertThat(merged.json().get("status").asText()).isEqualTo("MERGED");
    assertThat(merged.json().get("mergedInto").asText()).isEqualTo(master.number());
    // the duplicate's handling ended whole: no instance (nor its called work), no job, no task
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(duplicate.number())
                .count())
        .isZero();
    assertThat(management.createJobQuery().processInstanceId(duplicate.processId()).count())
        .isZero();
    assertThat(workTask(mary, duplicate.number())).isNull();

    JsonNode duplicateView = staff.get("/api/tickets/" + duplicate.number()).json();
    assertThat(duplicateView.get("status").asText()).isEqualTo("MERGED");
    JsonNode mergedEvent = event(duplicateView, "MERGED");
    assertThat(mergedEvent.get("to").asText()).isEqualTo(master.number());
    assertThat(mergedEvent.get("detail").asText()).isEqualTo(NOTE);
    assertThat(mergedEvent.get("actor").asText()).isEqualTo(TestUsers.TIER1_AGENT);

    JsonNode masterView = staff.get("/api/tickets/" + master.number()).json();
    assertThat(masterView.get("mergedTickets").get(0).asText()).isEqualTo(duplicate.number());
    JsonNode brought =
        StreamSupport.stream(masterView.get("comments").spliterator(), false)
            .filter(c -> c.has("mergedFrom"))
            .findFirst()
            .orElseThrow();
    assertThat(brought.get("mergedFrom").asText()).isEqualTo(duplicate.number());
    assertThat(brought.get("body").asText()).isEqualTo("The export button is greyed out");
    JsonNode masterEvent = event(masterView, "DUPLICATE_MERGED");
    assertThat(masterEvent.get("from").asText()).isEqualTo(duplicate.number());
    assertThat(masterEvent.get("actor").asText()).isEqualTo(TestUsers.TIER1_AGENT);

    // the duplicate's files are listed on the master and downloaded through it
    JsonNode files = staff.get("/api/tickets/" + master.number() + "/attachments").json();
    assertThat(files).hasSize(1);
    assertThat(files.get(0).get("mergedFrom").asText()).isEqualTo(duplicate.number());
    assertThat(
            new String(
                staff.bytes(
                    "/api/tickets/"
                        + master.number()
                        + "/attachments/"
                        + files.get(0).get("id").asText()),
                StandardCharsets.UTF_8))
        .isEqualTo("E-500 at 09:12");

    // the requester's view points to the master; no more replies on the duplicate
    JsonNode portal =
        duplicate.requester(port).get("/api/portal/tickets/" + duplicate.number()).json();
    assertThat(portal.get("mergedInto").asText()).isEqualTo(master.number());
    assertThat(portal.get("status").asText()).isEqualTo("MERGED");
    assertThat(
            duplicate
                .requester(port)
                .post(
                    "/api/portal/tickets/" + duplicate.number() + "/replies",
                    Map.of("body", "Any news?"))
                .status())
        .isEqualTo(409);

    // both requesters are told, each in their language
    JsonNode toDuplicate = notification(duplicate.number(), "TICKET_MERGED");
    assertThat(toDuplicate.get("subject").asText()).contains(master.number());
    assertThat(toDuplicate.get("recipients").get(0).asText()).isEqualTo("zhang.san@example.com");
    JsonNode toMaster = notification(master.number(), "DUPLICATE_MERGED");
    assertThat(toMaster.get("language").asText()).isEqualTo("zh-CN");
    assertThat(toMaster.get("subject").asText()).contains("同一问题");
    assertThat(toMaster.get("body").asText()).contains(duplicate.number());

    // the audit trail: who merged what into what, and why
    JsonNode audit =
        staff.get("/api/audit?action=TICKET_MERGED&target=" + duplicate.number()).json();
    JsonNode entry = audit.get("items").get(0);
    assertThat(entry.get("actor").asText()).isEqualTo(TestUsers.TIER1_AGENT);
    assertThat(entry.get("detail").asText()).contains(master.number(), NOTE);
  }

  @Test
  void duplicateRequesterHearsOfTheSolutionWhenTheMasterIsResolved() {
    Created duplicate = create(Tickets.howToQuestion());
    Created master = create(Tickets.howToQuestion());
    merge(duplicate.number(), master.number()).status();

    String taskId = claim(master.number());
    assertThat(
            mary.post(
                    "/engine-rest/task/" + taskId + "/submit-form",
                    form(Vars.OUTCOME, Outcomes.RESOLVED, Vars.RESOLUTION, "Granted the right."))
                .status())
        .isEqualTo(204);

    JsonNode told = notification(duplicate.number(), "MASTER_RESOLVED");
    assertThat(told.get("body").asText()).contains("Granted the right.");
  }

  @Test
  void mergeIsRefusedIntoItselfIntoAMergedOrClosedTicketAndOfAClosedTicket() {
    Created first = create(Tickets.howToQuestion());
    Created second = create(Tickets.howToQuestion());
    Created third = create(Tickets.howToQuestion());
    Created closed = closedTicket();

    assertConflict(merge(first.number(), first.number()), "itself");
    assertConflict(merge(first.number(), closed.number()), "CLOSED");
    assertConflict(merge(closed.number(), first.number()), "CLOSED");
    assertThat(merge(first.number(), second.number()).status()).isEqualTo(200);
    assertConflict(merge(third.number(), first.number()), "merged into " + second.number());
    assertConflict(merge(first.number(), third.number()), "already merged");
    // nothing of the refused merges was written
    assertThat(status(third.number())).isNotEqualTo("MERGED");
    assertThat(staff.get("/api/tickets/" + third.number()).json().get("mergedTickets")).isEmpty();
  }

  @Test
  void mergeNeedsTheRightToSeeBothTicketsAndAValidBody() {
    Created mine = create(Tickets.howToQuestion());
    Created applications =
        create(Tickets.request("Invoice crashes", "SYSTEM_FAULT", "SOFTWARE_BUG", "URGENT"));

    // tier 1's agent sees the how-to question, not the applications group's bug
    Api.Reply intoUnseen =
        mary.post(
            "/api/tickets/" + mine.number() + "/merge",
            Map.of("into", applications.number(), "note", NOTE));
    assertThat(intoUnseen.status()).isEqualTo(404);
    assertThat(intoUnseen.contentType()).startsWith("application/problem+json");
    assertThat(
            mary.post(
                    "/api/tickets/" + applications.number() + "/merge",
                    Map.of("into", mine.number(), "note", NOTE))
                .status())
        .isEqualTo(404);
    assertThat(
            Api.at(port)
                .post(
                    "/api/tickets/" + mine.number() + "/merge",
                    Map.of("into", applications.number(), "note", NOTE))
                .status())
        .isEqualTo(401);

    Api.Reply noNote =
        mary.post("/api/tickets/" + mine.number() + "/merge", Map.of("into", mine.number()));
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.json().get("errors").toString()).contains("note");
    Api.Reply badNumber =
        mary.post("/api/tickets/" + mine.number() + "/merge", Map.of("into", "TS-1", "note", NOTE));
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(
            mary.post(
                    "/api/tickets/" + mine.number() + "/merge",
                    Map.of("into", "TS20990101-0001", "note", NOTE))
                .status())
        .isEqualTo(404);
    assertThat(status(mine.number())).isNotEqualTo("MERGED");
  }

  @Test
  void theSameMergeTwiceAtOnceEndsInOneSuccessAndOneConflict() throws Exception {
    List<List<Future<Api.Reply>>> races = new ArrayList<>();
    List<Created[]> pairs = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int i = 0; i < 3; i++) {
      Created duplicate = create(Tickets.howToQuestion());
      Created master = create(Tickets.howToQuestion());
      pairs.add(new Created[] {duplicate, master});
      races.add(
          List.of(
              at(go, () -> merge(duplicate.number(), master.number())),
              at(go, () -> merge(duplicate.number(), master.number()))));
    }
    go.countDown();

    for (int i = 0; i < races.size(); i++) {
      assertOneWins(races.get(i));
      assertThat(status(pairs.get(i)[0].number())).isEqualTo("MERGED");
      assertThat(events(pairs.get(i)[1].number(), "DUPLICATE_MERGED")).isEqualTo(1);
    }
  }

  @Test
  void twoTicketsMergedIntoEachOtherAtOnceEndInOneSuccessAndOneConflict() throws Exception {
    List<List<Future<Api.Reply>>> races = new ArrayList<>();
    List<Created[]> pairs = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int i = 0; i < 3; i++) {
      Created a = create(Tickets.howToQuestion());
      Created b = create(Tickets.howToQuestion());
      pairs.add(new Created[] {a, b});
      races.add(
          List.of(
              at(go, () -> merge(a.number(), b.number())),
              at(go, () -> merge(b.number(), a.number()))));
    }
    go.countDown();

    for (int i = 0; i < races.size(); i++) {
      assertOneWins(races.get(i));
      List<String> statuses =
          List.of(status(pairs.get(i)[0].number()), status(pairs.get(i)[1].number()));
      // exactly one of the two is the duplicate, the other its open master
      assertThat(statuses).containsOnlyOnce("MERGED");
    }
  }

  // ---- helpers ----

  record Created(String number, String token, String processId) {
    Api requester(int port) {
      return Api.at(port).with("X-Access-Token", token);
    }
  }

  private Created create(Map<String, Object> request) {
    Api.Reply reply = staff.post("/api/tickets", request);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return new Created(
        reply.json().get("number").asText(),
        reply.json().get("accessToken").asText(),
        reply.json().get("processInstanceId").asText());
  }

  private static Map<String, Object> chineseRequester() {
    Map<String, Object> request =
        Tickets.request("导出月报失败", "OPERATION_GUIDANCE", "HOW_TO", "NORMAL");
    @SuppressWarnings("unchecked")
    Map<String, Object> requester =
        new LinkedHashMap<>((Map<String, Object>) request.get("requester"));
    requester.put("name", "李四");
    requester.put("email", "li.si@example.com");
    requester.put("language", "zh-CN");
    request.put("requester", requester);
    return request;
  }

  /** A ticket worked, resolved and confirmed by its requester: CLOSED. */
  private Created closedTicket() {
    Created ticket = create(Tickets.howToQuestion());
    String taskId = claim(ticket.number());
    assertThat(
            mary.post(
                    "/engine-rest/task/" + taskId + "/submit-form",
                    form(Vars.OUTCOME, Outcomes.RESOLVED, Vars.RESOLUTION, "Granted the right."))
                .status())
        .isEqualTo(204);
    assertThat(
            ticket
                .requester(port)
                .post(
                    "/api/portal/tickets/" + ticket.number() + "/confirmation",
                    Map.of("resolved", true))
                .status())
        .isEqualTo(200);
    assertThat(status(ticket.number())).isEqualTo("CLOSED");
    return ticket;
  }

  private String claim(String number) {
    JsonNode task = workTask(mary, number);
    assertThat(task).as("work task of " + number).isNotNull();
    String taskId = task.get("id").asText();
    assertThat(
            mary.post(
                    "/engine-rest/task/" + taskId + "/claim",
                    Map.of("userId", TestUsers.TIER1_AGENT))
                .status())
        .isEqualTo(204);
    return taskId;
  }

  private Api.Reply merge(String duplicate, String master) {
    return staff.post("/api/tickets/" + duplicate + "/merge", Map.of("into", master, "note", NOTE));
  }

  private static void assertConflict(Api.Reply reply, String detail) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(409);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("detail").asText()).contains(detail);
  }

  private static void assertOneWins(List<Future<Api.Reply>> race) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (Future<Api.Reply> attempt : race) {
      Api.Reply reply = attempt.get(60, TimeUnit.SECONDS);
      statuses.add(reply.status());
      if (reply.status() == 409) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
      }
    }
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
  }

  private <T> Future<T> at(CountDownLatch go, Callable<T> action) {
    return pool.submit(
        () -> {
          go.await();
          return action.call();
        });
  }

  private JsonNode notification(String number, String event) {
    JsonNode all = staff.get("/api/notifications?ticket=" + number).json();
    return StreamSupport.stream(all.spliterator(), false)
        .filter(n -> event.equals(n.get("event").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + event + " for " + number + ": " + all));
  }

  private static JsonNode event(JsonNode ticket, String type) {
    return StreamSupport.stream(ticket.get("events").spliterator(), false)
        .filter(e -> type.equals(e.get("type").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " event: " + ticket.get("events")));
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
