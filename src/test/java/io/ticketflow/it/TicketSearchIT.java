package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.SimilarLinksWhenAsked;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ticket list's text search and similar tickets, both served by the search index on PostgreSQL:
 * relevance, the caller's visibility inside the query (pages stay full), bad input and refusals.
 */
@IntegrationTest
class TicketSearchIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Api admin;
  Api mary;
  Api oscar;
  String run;

  @BeforeEach
  void clients() {
    admin = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    oscar = Api.at(port).as(TestUsers.OPERATIONS_AGENT, TestUsers.OPERATIONS_AGENT);
    // a word of this test's own (letters only) keeps its tickets apart from the others'
    run = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
  }

  @Test
  void theBestMatchComesFirstAndATicketNumberFindsItsTicket() {
    String weak = open(admin, "Monthly report question " + run, "Where is the export button?");
    String strong =
        open(admin, "Report export " + run + " fails", "The report export " + run + " stops.");
    JsonNode found = ok(admin.get("/api/tickets?q=report+export+" + run));
    assertThat(numbers(found)).startsWith(strong).contains(weak);

    assertThat(numbers(ok(admin.get("/api/tickets?q=" + weak)))).first().isEqualTo(weak);
    assertThat(numbers(ok(admin.get("/api/tickets?q=" + weak.toLowerCase()))))
        .first()
        .isEqualTo(weak);
  }

  @Test
  void anAgentFindsOnlyTheTicketsTheyMaySeeInFullPages() {
    String ownQueue = open(admin, "Printer " + run + " offline", "Tier 1 should see this.");
    String otherQueue =
        openAs(admin, "Server " + run + " crash", "Operations only.", "SYSTEM_FAULT", "CRASH");
    String tier1Group = ok(admin.get("/api/tickets/" + ownQueue)).get("candidateGroup").asText();
    String otherGroup = ok(admin.get("/api/tickets/" + otherQueue)).get("candidateGroup").asText();
    assertThat(tier1Group).isEqualTo("tier1");
    assertThat(otherGroup).isNotEqualTo("tier1");

    assertThat(numbers(ok(mary.get("/api/tickets?q=" + run)))).containsExactly(ownQueue);
    assertThat(numbers(ok(admin.get("/api/tickets?q=" + run))))
        .containsExactlyInAnyOrder(ownQueue, otherQueue);

    // a page of one is full and the total counts only what the caller sees
    JsonNode page = ok(mary.get("/api/tickets?size=1&q=" + run));
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("totalItems").asLong()).isEqualTo(1);
    JsonNode both = ok(admin.get("/api/tickets?size=1&page=1&q=" + run));
    assertThat(both.get("items")).hasSize(1);
    assertThat(both.get("totalItems").asLong()).isEqualTo(2);

    assertThat(numbers(ok(mary.get("/api/tickets?status=NEW&q=" + run)))).isEmpty();
    assertThat(numbers(ok(admin.get("/api/tickets?category=SYSTEM_FAULT&q=" + run))))
        .containsExactly(otherQueue);
  }

  @Test
  void similarTicketsShareTermsAndTheSameCategoryRanksHigher() {
    String printer =
        openAs(
            admin,
            "Wombat printer driver " + run + " fails to install",
            "The wombat printer driver setup stops with error 1603.",
            "ENVIRONMENT_CONFIGURATION",
            "DRIVER_UPDATE");
    String sameCategory =
        openAs(
            admin,
            "Wombat printer driver " + run + " update fails",
            "Installing the wombat driver again did not help.",
            "ENVIRONMENT_CONFIGURATION",
            "DRIVER_UPDATE");
    String otherCategory =
        openAs(
            admin,
            "How do I use the wombat printer " + run,
            "Where is the wombat printer driver manual?",
            "OPERATION_GUIDANCE",
            "HOW_TO");
    String unrelated =
        openAs(
            admin,
            "Salary slip missing",
            "My payslip for November is not there.",
            "OPERATION_GUIDANCE",
            "HOW_TO");

    JsonNode reply = ok(admin.get("/api/tickets/" + printer + "/similar?limit=20"));
    assertThat(reply.get("number").asText()).isEqualTo(printer);
    List<String> similar = new ArrayList<>();
    reply.get("similar").forEach(s -> similar.add(s.get("number").asText()));
    assertThat(similar).contains(sameCategory, otherCategory).doesNotContain(printer, unrelated);
    assertThat(similar.indexOf(sameCategory)).isLessThan(similar.indexOf(otherCategory));
    JsonNode first = reply.get("similar").get(similar.indexOf(sameCategory));
    assertThat(first.get("score").asDouble()).isPositive();
    assertThat(first.get("sameCategory").asBoolean()).isTrue();
    assertThat(first.get("status").asText()).isNotBlank();
    assertThat(first.get("sharedTerms").toString()).contains("wombat", "printer", "driver");

    assertThat(ok(admin.get("/api/tickets/" + printer + "/similar?limit=1")).get("similar"))
        .hasSize(1);
  }

  @Test
  void similarTicketsKeepToWhatTheCallerMaySee() {
    String own =
        openAs(
            mary,
            "Kiosk " + run + " screen frozen",
            "The kiosk screen froze.",
            "OPERATION_GUIDANCE",
            "HOW_TO");
    String hidden =
        openAs(
            admin,
            "Kiosk " + run + " screen frozen again",
            "The kiosk screen froze.",
            "SYSTEM_FAULT",
            "CRASH");

    assertThat(similarTo(admin, own)).contains(hidden);
    assertThat(similarTo(mary, own)).doesNotContain(hidden);
    // a ticket the caller may not see is not there at all
    Api.Reply refused = mary.get("/api/tickets/" + hidden + "/similar");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(oscar.get("/api/tickets/" + own + "/similar").status()).isEqualTo(404);
  }

  @Test
  void aNewTicketLikeAnOpenOneOfItsCategoryIsLinkedAndTheAgentTold() throws Exception {
    String title = "Gizmo scanner " + run + " driver rejects the firmware";
    String description = "The gizmo scanner " + run + " driver rejects firmware 4.2 on install.";
    String open;
    String again;
    String unrelated;
    try (AutoCloseable linking = SimilarLinksWhenAsked.on()) {
      open = openAs(admin, title, description, "ENVIRONMENT_CONFIGURATION", "DRIVER_UPDATE");
      again =
          openAs(
              admin, title + " again", description, "ENVIRONMENT_CONFIGURATION", "DRIVER_UPDATE");
      unrelated =
          openAs(
              admin,
              "Canteen menu " + run,
              "Where is this week's canteen menu?",
              "ENVIRONMENT_CONFIGURATION",
              "DRIVER_UPDATE");
      // linking runs after the answer, on a thread of its own
      awaitEvent(again, "SIMILAR_LINKED");
      // one linking thread takes the tickets in order: the unrelated one is looked at next
      Thread.sleep(1000);
    }

    JsonNode linked = event(again, "SIMILAR_LINKED");
    assertThat(linked).as("link on the new ticket").isNotNull();
    assertThat(linked.get("to").asText()).isEqualTo(open);
    assertThat(linked.get("actor").asText()).isEqualTo("system");
    assertThat(linked.get("detail").asText()).contains("% of the terms").contains("gizmo");
    assertThat(event(open, "SIMILAR_LINKED").get("from").asText()).isEqualTo(again);
    assertThat(ok(admin.get("/api/tickets/" + again)).get("comments").toString())
        .contains("Linked automatically to the similar open ticket " + open);
    assertThat(event(unrelated, "SIMILAR_LINKED")).isNull();
    JsonNode links = ok(admin.get("/api/tickets/" + again + "/links"));
    assertThat(links.toString()).as("a RELATED link both ways").contains(open).contains("RELATED");
    assertThat(ok(admin.get("/api/tickets/" + open + "/links")).toString()).contains(again);
  }

  private void awaitEvent(String number, String type) throws InterruptedException {
    long until = System.nanoTime() + 15_000_000_000L;
    while (event(number, type) == null && System.nanoTime() < until) {
      Thread.sleep(100);
    }
  }

  private JsonNode event(String number, String type) {
    for (JsonNode event : ok(admin.get("/api/tickets/" + number)).get("events")) {
      if (event.get("type").asText().equals(type)) {
        return event;
      }
    }
    return null;
  }

  @Test
  void resolvedTicketsLikeANewOneSuggestItsTriageAndNameThemselves() {
    List<String> resolved = new ArrayList<>();
    // two, not three: three alike resolved lately would count as a recurring problem
    for (int i = 0; i < 2; i++) {
      String number =
          openAs(
              admin,
              "Plotter " + run + " driver " + i + " prints blank pages",
              "The plotter " + run + " driver prints blank pages since the update.",
              "ENVIRONMENT_CONFIGURATION",
              "DRIVER_UPDATE");
      resolve(number);
      resolved.add(number);
    }
    String fresh =
        openAs(
            admin,
            "Plotter " + run + " prints blank pages",
            "Blank pages from the plotter " + run + " again.",
            "OPERATION_GUIDANCE",
            "HOW_TO");

    JsonNode suggestion = ok(admin.get("/api/tickets/" + fresh + "/triage-suggestion"));
    assertThat(suggestion.get("number").asText()).isEqualTo(fresh);
    assertThat(suggestion.get("category").asText()).isEqualTo("ENVIRONMENT_CONFIGURATION");
    assertThat(suggestion.get("subcategory").asText()).isEqualTo("DRIVER_UPDATE");
    assertThat(suggestion.get("urgency").asText()).isEqualTo("NORMAL");
    assertThat(suggestion.get("candidateGroup").asText()).isNotBlank();
    assertThat(suggestion.get("confidence").asDouble()).isGreaterThan(0.5).isLessThanOrEqualTo(1);
    List<String> basedOn = new ArrayList<>();
    suggestion.get("basedOn").forEach(n -> basedOn.add(n.get("number").asText()));
    assertThat(basedOn).containsAll(resolved).doesNotContain(fresh);
    // a suggestion only: the ticket keeps what the requester chose
    assertThat(ok(admin.get("/api/tickets/" + fresh)).get("subcategory").asText())
        .isEqualTo("HOW_TO");

    // the foreign agent sees neither the ticket nor its suggestion
    assertThat(oscar.get("/api/tickets/" + fresh + "/triage-suggestion").status()).isEqualTo(404);
    JsonNode nothingLikeIt =
        ok(
            admin.get(
                "/api/tickets/"
                    + open(admin, "Zyxwv " + run + "q", "Qwertz " + run + "q")
                    + "/triage-suggestion"));
    assertThat(nothingLikeIt.get("confidence").asDouble()).isZero();
    assertThat(nothingLikeIt.get("basedOn")).isEmpty();
    assertThat(Api.at(port).get("/api/tickets/" + fresh + "/triage-suggestion").status())
        .isEqualTo(401);
  }

  private void resolve(String number) {
    JsonNode task = Tickets.workTask(admin, number);
    assertThat(task).as("work task of %s", number).isNotNull();
    Api.Reply done =
        admin.post(
            "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
            Tickets.form(Vars.OUTCOME, "RESOLVED", Vars.RESOLUTION, "Reinstalled the driver."));
    assertThat(done.status()).as(done.text()).isEqualTo(204);
    new TicketJobs(runtime, management).runDue(number);
  }

  @Test
  void badInputIsAProblemAndAnonymousCallersAreRefused() {
    String number = open(admin, "Projector " + run + " flickers", "The projector flickers.");
    for (String limit : List.of("0", "51", "many")) {
      Api.Reply bad = admin.get("/api/tickets/" + number + "/similar?limit=" + limit);
      assertThat(bad.status()).as(limit).isEqualTo(400);
      assertThat(bad.contentType()).startsWith("application/problem+json");
    }
    assertThat(admin.get("/api/tickets/TS20000101-9999/similar").status()).isEqualTo(404);
    // what is no ticket number names no ticket
    assertThat(admin.get("/api/tickets/" + "x".repeat(9) + "/similar").status()).isEqualTo(404);
    assertThat(admin.get("/api/tickets?q=" + "x".repeat(201)).status()).isEqualTo(400);
    assertThat(Api.at(port).get("/api/tickets/" + number + "/similar").status()).isEqualTo(401);
    assertThat(Api.at(port).get("/api/tickets?q=" + run).status()).isEqualTo(401);
    // query syntax is only text here
    assertThat(ok(admin.get("/api/tickets?q=%22%2B%28*%3A*%29%20OR%20title%3A%5B*")).get("items"))
        .isNotNull();
  }

  private List<String> similarTo(Api caller, String number) {
    List<String> numbers = new ArrayList<>();
    ok(caller.get("/api/tickets/" + number + "/similar?limit=50"))
        .get("similar")
        .forEach(s -> numbers.add(s.get("number").asText()));
    return numbers;
  }

  private String open(Api caller, String title, String description) {
    return openAs(caller, title, description, "OPERATION_GUIDANCE", "HOW_TO");
  }

  private String openAs(
      Api caller, String title, String description, String category, String subcategory) {
    Map<String, Object> body = Tickets.request(title, category, subcategory, "NORMAL");
    body.put("description", description);
    Api.Reply created = caller.post("/api/tickets", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private static JsonNode ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> numbers(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.get("items").forEach(item -> numbers.add(item.get("number").asText()));
    return numbers;
  }
}
