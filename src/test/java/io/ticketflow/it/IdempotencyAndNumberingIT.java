package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.ProcessModel.TicketHandling;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** One request makes one ticket: idempotency keys, and ticket numbers under concurrent intake. */
@IntegrationTest
class IdempotencyAndNumberingIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  Api staff;

  @BeforeEach
  void clients() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  }

  @Test
  void repeatedIdempotencyKeyReturnsTheFirstTicket() {
    Api keyed = staff.with("Idempotency-Key", "chat-msg-4711");
    Api.Reply first = keyed.post("/api/tickets", Tickets.howToQuestion());
    Api.Reply again = keyed.post("/api/tickets", Tickets.howToQuestion());
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    String number = first.json().get("number").asText();
    assertThat(again.json().get("number").asText()).isEqualTo(number);
    assertThat(again.json().has("accessToken")).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app.ticket where idempotency_key like ?",
                Long.class,
                "%:chat-msg-4711"))
        .isEqualTo(1);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .processDefinitionKey(TicketHandling.KEY)
                .count())
        .isEqualTo(1);
  }

  @Test
  void sameKeyForADifferentRequestIsRefused() {
    Api keyed = staff.with("Idempotency-Key", "chat-msg-4712");
    assertThat(keyed.post("/api/tickets", Tickets.howToQuestion()).status()).isEqualTo(201);
    Map<String, Object> other = Tickets.howToQuestion();
    other.put("title", "Something else entirely");
    Api.Reply refused = keyed.post("/api/tickets", other);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
  }

  @Test
  void keysOfDifferentCallersDoNotCollide() {
    Api.Reply byAdmin =
        staff.with("Idempotency-Key", "shared-key").post("/api/tickets", Tickets.howToQuestion());
    Api.Reply byAgent =
        Api.at(port)
            .as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT)
            .with("Idempotency-Key", "shared-key")
            .post("/api/tickets", Tickets.howToQuestion());
    assertThat(byAdmin.status()).isEqualTo(201);
    assertThat(byAgent.status()).isEqualTo(201);
    assertThat(byAgent.json().get("number").asText())
        .isNotEqualTo(byAdmin.json().get("number").asText());
  }

  @Test
  void concurrentDuplicatesOfOneKeyMakeOneTicket() throws Exception {
    Api keyed = staff.with("Idempotency-Key", "burst-1");
    List<Api.Reply> replies =
        runConcurrently(10, () -> Tickets.openWhileBusy(keyed, Tickets.howToQuestion()));
    Set<String> numbers = new HashSet<>();
    replies.forEach(
        r -> {
          assertThat(r.status()).as(r.text()).isIn(200, 201);
          numbers.add(r.json().get("number").asText());
        });
    assertThat(numbers).hasSize(1);
    assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(1);
  }

  @Test
  void fiftyConcurrentTicketsGetFiftyDistinctNumbersEachWithItsProcess() throws Exception {
    // a client that is told the desk is busy (503, Retry-After) sends the same request again
    List<Api.Reply> replies =
        runConcurrently(50, () -> Tickets.openPolitely(staff, Tickets.howToQuestion()));
    Set<String> numbers = new HashSet<>();
    for (Api.Reply reply : replies) {
      assertThat(reply.status()).as(reply.text()).isEqualTo(201);
      String number = reply.json().get("number").asText();
      assertThat(number).matches("TS\\d{8}-\\d{4,}");
      numbers.add(number);
      assertThat(
              runtime
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(number)
                  .processDefinitionKey(TicketHandling.KEY)
                  .count())
          .isEqualTo(1);
    }
    assertThat(numbers).hasSize(50);
  }

  private static List<Api.Reply> runConcurrently(int count, Callable<Api.Reply> call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Callable<Api.Reply>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        calls.add(call);
      }
      List<Api.Reply> replies = new ArrayList<>();
      for (Future<Api.Reply> future : pool.invokeAll(calls)) {
        replies.add(future.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
