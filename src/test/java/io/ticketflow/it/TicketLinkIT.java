package io.ticketflow.it;

import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Links between tickets through the staff API, on PostgreSQL: stored from both sides (a parent on
 * one side is a child on the other), shown in the ticket and in the work form, recorded in both
 * event logs, validated, and made only between tickets the caller sees.
 */
@IntegrationTest
class TicketLinkIT {

  @LocalServerPort int port;

  Api staff;
  Api mary;

  @BeforeEach
  void setUp() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
  }

  @Test
  void aParentOnOneSideIsAChildOnTheOtherAndBothSidesShowAndLogIt() {
    String child = create(Tickets.howToQuestion());
    String parent = create(Tickets.howToQuestion());

    Api.Reply linked =
        mary.post("/api/tickets/" + child + "/links", Map.of("type", "PARENT", "number", parent));

    assertThat(linked.status()).as(linked.text()).isEqualTo(201);
    assertThat(linked.header("Location")).endsWith("/api/tickets/" + child + "/links/" + parent);
    assertThat(linked.json().get("type").asText()).isEqualTo("PARENT");
    assertThat(linked.json().get("number").asText()).isEqualTo(parent);
    assertThat(linked.json().get("createdBy").asText()).isEqualTo(TestUsers.TIER1_AGENT);
    JsonNode fromChild = mary.get("/api/tickets/" + child + "/links").json();
    assertThat(fromChild).hasSize(1);
    assertThat(fromChild.get(0).get("type").asText()).isEqualTo("PARENT");
    JsonNode fromParent = mary.get("/api/tickets/" + parent + "/links").json();
    assertThat(fromParent).hasSize(1);
    assertThat(fromParent.get(0).get("type").asText()).isEqualTo("CHILD");
    assertThat(fromParent.get(0).get("number").asText()).isEqualTo(child);

    JsonNode parentTicket = mary.get("/api/tickets/" + parent).json();
    assertThat(parentTicket.get("links").get(0).get("number").asText()).isEqualTo(child);
    assertThat(parentTicket.get("links").get(0).get("status").asText()).isNotBlank();
    JsonNode logged = event(parentTicket, "LINKED");
    assertThat(logged.get("from").asText()).isEqualTo("CHILD");
    assertThat(logged.get("to").asText()).isEqualTo(child);
    assertThat(logged.get("actor").asText()).isEqualTo(TestUsers.TIER1_AGENT);

    // the work form of the parent lists its child, read from the store as the form opens
    String taskId = workTask(mary, parent).get("id").asText();
    JsonNode form = mary.get("/engine-rest/task/" + taskId + "/form-variables").json();
    assertThat(form.get(Vars.LINKED_TICKETS).get("value").asText()).contains("CHILD " + child);
  }

  @Test
  void relatedIsRelatedFromBothSidesAndContractsSpellingIsAccepted() {
    String one = create(Tickets.howToQuestion());
    String other = create(Tickets.howToQuestion());

    Api.Reply linked =
        mary.post(
            "/api/tickets/" + one + "/links", Map.of("type", "RELATED", "ticketNumber", other));

    assertThat(linked.status()).as(linked.text()).isEqualTo(201);
    assertThat(mary.get("/api/tickets/" + other + "/links").json().get(0).get("type").asText())
        .isEqualTo("RELATED");
  }

  @Test
  void aLinkIsRemovedFromBothSidesOnce() {
    String one = create(Tickets.howToQuestion());
    String other = create(Tickets.howToQuestion());
    mary.post("/api/tickets/" + one + "/links", Map.of("type", "CHILD", "number", other));

    assertThat(mary.delete("/api/tickets/" + other + "/links/" + one).status()).isEqualTo(204);

    assertThat(mary.get("/api/tickets/" + one + "/links").json()).isEmpty();
    assertThat(mary.get("/api/tickets/" + other + "/links").json()).isEmpty();
    assertThat(event(mary.get("/api/tickets/" + one).json(), "UNLINKED").get("from").asText())
        .isEqualTo("CHILD");
    Api.Reply again = mary.delete("/api/tickets/" + other + "/links/" + one);
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.contentType()).startsWith("application/problem+json");
  }

  @Test
  void selfLinksSecondLinksUnknownTypesAndCyclesOfParentsAreBadRequests() {
    String top = create(Tickets.howToQuestion());
    String middle = create(Tickets.howToQuestion());
    String bottom = create(Tickets.howToQuestion());
    assertThat(link(middle, "PARENT", top).status()).isEqualTo(201);
    assertThat(link(bottom, "PARENT", middle).status()).isEqualTo(201);

    assertBadRequest(link(top, "RELATED", top), "itself");
    assertBadRequest(link(middle, "RELATED", top), "already linked");
    assertBadRequest(link(top, "CHILD", middle), "already linked");
    assertBadRequest(link(top, "PARENT", bottom), "cannot be its parent");
    assertBadRequest(link(bottom, "CHILD", top), "cannot be its child");
    Api.Reply unknownType = link(top, "SIBLING", bottom);
    assertThat(unknownType.status()).isEqualTo(400);
    assertThat(unknownType.contentType()).startsWith("application/problem+json");
    Api.Reply noNumber = mary.post("/api/tickets/" + top + "/links", Map.of("type", "RELATED"));
    assertThat(noNumber.status()).isEqualTo(400);
    assertThat(
            mary.post(
                    "/api/tickets/" + top + "/links",
                    Map.of("type", "RELATED", "number", "TS20990101-0001"))
                .status())
        .isEqualTo(404);
    // nothing of the refused links was written
    assertThat(mary.get("/api/tickets/" + top + "/links").json()).hasSize(1);
    assertThat(mary.get("/api/tickets/" + bottom + "/links").json()).hasSize(1);
  }

  @Test
  void linksNeedTheRightToSeeBothTicketsAndHideWhatTheCallerDoesNotSee() {
    String mine = create(Tickets.howToQuestion());
    String applications =
        create(Tickets.request("Invoice crashes", "SYSTEM_FAULT", "SOFTWARE_BUG", "URGENT"));

    assertThat(link(mine, "RELATED", applications).status()).isEqualTo(404);
    assertThat(
            mary.post(
                    "/api/tickets/" + applications + "/links",
                    Map.of("type", "RELATED", "number", mine))
                .status())
        .isEqualTo(404);
    assertThat(
            Api.at(port)
                .post("/api/tickets/" + mine + "/links", Map.of("type", "RELATED", "number", mine))
                .status())
        .isEqualTo(401);

    // linked by a manager, who sees both: tier 1 sees the link only from the side it sees
    assertThat(
            staff
                .post(
                    "/api/tickets/" + mine + "/links",
                    Map.of("type", "RELATED", "number", applications))
                .status())
        .isEqualTo(201);
    assertThat(mary.get("/api/tickets/" + mine + "/links").json()).isEmpty();
    assertThat(staff.get("/api/tickets/" + mine + "/links").json()).hasSize(1);
    assertThat(mary.delete("/api/tickets/" + mine + "/links/" + applications).status())
        .isEqualTo(404);
  }

  @Test
  void twoPeopleLinkingTheSamePairEitherWayAtOnceMakeOneLink() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<String[]> pairs = new ArrayList<>();
      List<List<Future<Integer>>> races = new ArrayList<>();
      CountDownLatch go = new CountDownLatch(1);
      for (int i = 0; i < 3; i++) {
        String a = create(Tickets.howToQuestion());
        String b = create(Tickets.howToQuestion());
        pairs.add(new String[] {a, b});
        races.add(
            List.of(
                pool.submit(
                    () -> {
                      go.await();
                      return link(a, "PARENT", b).status();
                    }),
                pool.submit(
                    () -> {
                      go.await();
                      return staff
                          .post(
                              "/api/tickets/" + b + "/links",
                              Map.of("type", "RELATED", "number", a))
                          .status();
                    })));
      }
      go.countDown();
      for (int i = 0; i < races.size(); i++) {
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : races.get(i)) {
          statuses.add(attempt.get(60, TimeUnit.SECONDS));
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 400);
        assertThat(mary.get("/api/tickets/" + pairs.get(i)[0] + "/links").json()).hasSize(1);
        assertThat(mary.get("/api/tickets/" + pairs.get(i)[1] + "/links").json()).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- helpers ----

  private String create(Map<String, Object> request) {
    Api.Reply reply = staff.post("/api/tickets", request);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().get("number").asText();
  }

  private Api.Reply link(String number, String type, String other) {
    return mary.post("/api/tickets/" + number + "/links", Map.of("type", type, "number", other));
  }

  private static void assertBadRequest(Api.Reply reply, String message) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").toString()).contains(message);
  }

  private static JsonNode event(JsonNode ticket, String type) {
    return StreamSupport.stream(ticket.get("events").spliterator(), false)
        .filter(e -> type.equals(e.get("type").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " event: " + ticket.get("events")));
  }
}
