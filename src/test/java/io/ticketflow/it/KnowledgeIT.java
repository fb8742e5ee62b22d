package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.KnowledgeCorpus;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The knowledge base end to end on PostgreSQL: its search ranking a realistic corpus (English and
 * Chinese) through the search index, the article lifecycle with its reviewers, versions, ticket
 * links, suggestions for a ticket, and the requester's self-service in the portal.
 */
@IntegrationTest
class KnowledgeIT {

  private static final String TIER1 = TestUsers.TIER1_AGENT;
  private static final String REVIEWER = TestUsers.OPERATIONS_AGENT;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  Api anonymous;
  Api mary;
  Api oscar;
  Api megan;
  String run;

  @BeforeEach
  void clients() {
    anonymous = Api.at(port);
    mary = anonymous.as(TIER1, TIER1);
    oscar = anonymous.as(REVIEWER, REVIEWER);
    megan = anonymous.as(TestUsers.MANAGER, TestUsers.MANAGER);
    // a tag of this test's own keeps its articles apart from the demo's and other tests'
    run = "run-" + System.nanoTime();
  }

  // --- search -----------------------------------------------------------------------------

  @Test
  void theRelevantArticleComesFirstInTheIndexsRanking() {
    KnowledgeCorpus corpus = KnowledgeCorpus.load();
    Map<String, String> titles = new HashMap<>();
    for (KnowledgeCorpus.Entry entry : corpus.articles()) {
      publish(create(entry.body(run)));
      titles.put(entry.key(), entry.title());
    }
    assertThat(corpus.articles()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(corpus.queries())
        .anyMatch(q -> q.query().codePoints().anyMatch(Character::isIdeographic));

    for (KnowledgeCorpus.Query query : corpus.queries()) {
      JsonNode items =
          ok(mary.get("/api/knowledge?tag=" + run + "&q=" + encode(query.query()))).get("items");
      assertThat(items).as(query.query()).isNotEmpty();
      assertThat(items.get(0).get("title").asText())
          .as(query.query())
          .isEqualTo(titles.get(query.expected()));
      List<Double> scores = new ArrayList<>();
      items.forEach(item -> scores.add(item.get("score").asDouble()));
      assertThat(scores).as(query.query()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
  }

  @Test
  void theDatabaseHoldsNoSearchTextOfItsOwn() {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from pg_indexes where indexname = 'ix_article_search'",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from information_schema.columns where table_schema = 'app'"
                    + " and table_name = 'article' and column_name like 'search%'",
                Integer.class))
        .isZero();
  }

  @Test
  void equallyRelevantArticlesGoToTheMoreHelpfulThenToTheLowerNumber() {
    Map<String, Object> body = article("Wombatphone headset crackles", "SYSTEM_FAULT", "CRASH");
    String first = publish(create(body));
    String second = publish(create(body));
    String third = publish(create(body));
    assertThat(numbers(mary.get("/api/knowledge?q=wombatphone&tag=" + run)))
        .containsExactly(first, second, third);

    assertThat(mary.post("/api/knowledge/" + third + "/helped", "").status()).isEqualTo(200);
    assertThat(numbers(mary.get("/api/knowledge?q=wombatphone&tag=" + run)))
        .containsExactly(third, first, second);
  }

  // --- writing, the lifecycle and reviewers --------------------------------------------------

  @Test
  void anArticleIsWrittenReviewedPublishedAndRetiredWithEveryVersionKept() {
    Api.Reply created = mary.post("/api/knowledge", article("Hedgehog VPN drops", null, null));
    assertThat(created.status()).isEqualTo(201);
    String number = created.json().get("number").asText();
    assertThat(number).matches("KB-\\d{5,}");
    assertThat(created.header("Location")).isEqualTo("/api/knowledge/" + number);
    assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");
    assertThat(created.json().get("version").asInt()).isEqualTo(1);
    assertThat(created.json().get("createdBy").asText()).isEqualTo(TIER1);
    assertThat(created.json().get("tags")).extracting(JsonNode::asText).contains("vpn", run);

    // any staff member edits a draft; an edit on an older version is refused
    Map<String, Object> edit = article("Hedgehog VPN drops every few minutes", null, null);
    edit.put("version", 1);
    JsonNode edited = ok(mary.put("/api/knowledge/" + number, edit));
    assertThat(edited.get("version").asInt()).isEqualTo(2);
    Api.Reply stale = megan.put("/api/knowledge/" + number, edit);
    assertProblem(stale, 409);
    assertThat(stale.json().get("detail").asText()).contains("version 2");

    JsonNode versions = ok(mary.get("/api/knowledge/" + number + "/versions"));
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
    assertThat(versions.get(1).get("title").asText()).isEqualTo("Hedgehog VPN drops");
    assertThat(versions.get(1).get("author").asText()).isEqualTo(TIER1);

    // review; a tier 1 agent may not publish, a reviewer may
    assertThat(ok(mary.post("/api/knowledge/" + number + "/review", "")).get("status").asText())
        .isEqualTo("IN_REVIEW");
    assertProblem(mary.post("/api/knowledge/" + number + "/publish", ""), 403);
    JsonNode published = ok(oscar.post("/api/knowledge/" + number + "/publish", ""));
    assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(published.get("publishedBy").asText()).isEqualTo(REVIEWER);
    assertThat(published.get("publishedAt").asText()).isNotBlank();

    // a published article is changed by reviewers only
    edit.put("version", 2);
    assertProblem(mary.put("/api/knowledge/" + number, edit), 403);
    edit.put("prevention", "Update the VPN client.");
    assertThat(ok(megan.put("/api/knowledge/" + number, edit)).get("version").asInt()).isEqualTo(3);

    // retiring: reviewers only; a retired article is read-only until it is a draft again
    assertProblem(mary.post("/api/knowledge/" + number + "/retire", ""), 403);
    assertThat(ok(megan.post("/api/knowledge/" + number + "/retire", "")).get("status").asText())
        .isEqualTo("RETIRED");
    edit.remove("version");
    assertProblem(megan.put("/api/knowledge/" + number, edit), 409);
    assertProblem(oscar.post("/api/knowledge/" + number + "/publish", ""), 409);
    assertThat(ok(mary.post("/api/knowledge/" + number + "/draft", "")).get("status").asText())
        .isEqualTo("DRAFT");

    // listings: newest first, all but retired unless asked
    JsonNode listed = ok(mary.get("/api/knowledge?tag=" + run)).get("items");
    assertThat(listed.get(0).get("number").asText()).isEqualTo(number);
    assertThat(listed.get(0).get("solution").isNull()).as("lists leave texts out").isTrue();
    megan.post("/api/knowledge/" + number + "/publish", "");
    megan.post("/api/knowledge/" + number + "/retire", "");
    assertThat(ok(mary.get("/api/knowledge?tag=" + run)).get("items")).isEmpty();
    assertThat(ok(mary.get("/api/knowledge?status=RETIRED&tag=" + run)).get("totalItems").asInt())
        .isEqualTo(1);
  }

  @Test
  void readingAnArticleCountsAView() {
    String number = create(article("Platypus printer jams", null, null));
    ok(mary.get("/api/knowledge/" + number));
    JsonNode read = ok(oscar.get("/api/knowledge/" + number));
    assertThat(read.get("viewCount").asInt()).isEqualTo(2);
    assertThat(read.get("helpedCount").asInt()).isZero();
    assertThat(read.get("links")).isEmpty();
  }

  @Test
  void badInputIsAnsweredWithTheOffendingFields() {
    Map<String, Object> blank = article(" ", "SYSTEM_FAULT", "HOW_TO");
    blank.remove("solution");
    Api.Reply missing = mary.post("/api/knowledge", blank);
    assertProblem(missing, 400);
    assertThat(fields(missing)).contains("title", "solution");

    Map<String, Object> wrong = article("Numbat", "SYSTEM_FAULT", "HOW_TO");
    wrong.put("tags", List.of("ok", "no|pipes", "x".repeat(41)));
    Api.Reply rules = mary.post("/api/knowledge", wrong);
    assertProblem(rules, 400);
    assertThat(fields(rules)).containsExactlyInAnyOrder("subcategory", "tags[1]", "tags[2]");

    Map<String, Object> category = article("Numbat", "SYSTEM_FAULT", null);
    category.put("category", "WEATHER");
    Api.Reply unknown = mary.post("/api/knowledge", category);
    assertProblem(unknown, 400);
    assertThat(fields(unknown)).containsExactly("category");

    assertThat(fields(mary.get("/api/knowledge?status=LOST"))).containsExactly("status");
    assertProblem(mary.get("/api/knowledge/KB-1"), 400);
    assertProblem(mary.get("/api/knowledge/KB-99999999"), 404);
    assertProblem(mary.post("/api/knowledge/KB-99999999/review", ""), 404);
    assertProblem(anonymous.get("/api/knowledge"), 401);
  }

  // --- tickets ---------------------------------------------------------------------------

  @Test
  void ticketsAreLinkedOnceEachWay() {
    String number = publish(create(article("Quoll scanner offline", null, null)));
    String ticket = ticket("Quoll scanner offline again", "OPERATION_GUIDANCE", "HOW_TO");

    Map<String, Object> solved = Map.of("ticketNumber", ticket, "type", "SOLVED");
    ok(mary.post("/api/knowledge/" + number + "/links", solved));
    // a second link, by another who sees the ticket, changes nothing
    JsonNode linked = ok(megan.post("/api/knowledge/" + number + "/links", solved));
    assertThat(linked.get("links")).hasSize(1);
    assertThat(linked.get("links").get(0).get("ticketNumber").asText()).isEqualTo(ticket);
    assertThat(linked.get("links").get(0).get("type").asText()).isEqualTo("SOLVED");
    assertThat(linked.get("links").get(0).get("linkedBy").asText()).isEqualTo(TIER1);
    JsonNode both =
        ok(
            mary.post(
                "/api/knowledge/" + number + "/links",
                Map.of("ticketNumber", ticket, "type", "SOURCE")));
    assertThat(both.get("links")).hasSize(2);

    assertProblem(
        mary.post(
            "/api/knowledge/" + number + "/links",
            Map.of("ticketNumber", "TS20000101-9999", "type", "SOLVED")),
        404);
    Api.Reply malformed =
        mary.post(
            "/api/knowledge/" + number + "/links", Map.of("ticketNumber", "nope", "type", "X"));
    assertProblem(malformed, 400);
    assertThat(fields(malformed)).isNotEmpty();
  }

  @Test
  void aTicketIsOfferedPublishedArticlesOnlyTheBestFirst() {
    String battery =
        publish(
            create(
                article(
                    "Quokkaphone battery drains overnight",
                    "ENVIRONMENT_CONFIGURATION",
                    "DRIVER_UPDATE")));
    String setup =
        publish(create(article("Set up the Quokkaphone dock", "OPERATION_GUIDANCE", "HOW_TO")));
    String draft =
        create(
            article(
                "Quokkaphone battery calibration", "ENVIRONMENT_CONFIGURATION", "DRIVER_UPDATE"));
    Map<String, Object> request =
        Tickets.request(
            "Quokkaphone battery flat at breakfast",
            "ENVIRONMENT_CONFIGURATION",
            "DRIVER_UPDATE",
            "NORMAL");
    request.put("description", "Quokkaphone battery drained: completely flat at breakfast.");
    Api.Reply opened = mary.post("/api/tickets", request);
    assertThat(opened.status()).isEqualTo(201);
    String ticket = opened.json().get("number").asText();

    JsonNode suggestions = ok(mary.get("/api/tickets/" + ticket + "/suggestions"));
    List<String> numbers = new ArrayList<>();
    suggestions.forEach(s -> numbers.add(s.get("number").asText()));
    assertThat(numbers).containsExactly(battery, setup).doesNotContain(draft);
    JsonNode best = suggestions.get(0);
    assertThat(best.get("title").asText()).isEqualTo("Quokkaphone battery drains overnight");
    assertThat(best.get("category").asText()).isEqualTo("ENVIRONMENT_CONFIGURATION");
    assertThat(best.get("subcategory").asText()).isEqualTo("DRIVER_UPDATE");
    assertThat(best.get("score").asDouble()).isPositive();
    assertThat(best.get("helpedCount").asInt()).isZero();
    assertThat(best.get("url").asText()).isEqualTo("/api/knowledge/" + battery);

    assertThat(ok(mary.get("/api/tickets/" + ticket + "/suggestions?limit=1")))
        .extracting(s -> s.get("number").asText())
        .containsExactly(battery);
    assertProblem(mary.get("/api/tickets/" + ticket + "/suggestions?limit=21"), 400);
    assertProblem(mary.get("/api/tickets/TS20000101-9999/suggestions"), 404);
  }

  @Test
  void theDemoKnowledgeBaseIsPublishedAndFoundInBothLanguages() {
    JsonNode english = ok(anonymous.get("/api/portal/knowledge?q=" + encode("printer offline")));
    assertThat(english.get(0).get("title").asText())
        .isEqualTo("Printer shows offline after a Windows update");
    JsonNode chinese =
        ok(anonymous.get("/api/portal/knowledge?q=" + encode("差旅报销怎么提交") + "&limit=3"));
    assertThat(chinese.get(0).get("title").asText()).isEqualTo("如何在报销系统中提交差旅报销单");
  }

  // --- the requester's self-service ----------------------------------------------------------

  @Test
  void requestersReadAndRatePublishedArticlesOnly() {
    String published =
        publish(
            create(
                article("Wallaby Wi-Fi drops", "ENVIRONMENT_CONFIGURATION", "NETWORK_SETTINGS")));
    String draft =
        create(article("Wallaby Wi-Fi password", "ENVIRONMENT_CONFIGURATION", "NETWORK_SETTINGS"));
    String retired =
        publish(
            create(
                article(
                    "Wallaby Wi-Fi certificate", "ENVIRONMENT_CONFIGURATION", "NETWORK_SETTINGS")));
    megan.post("/api/knowledge/" + retired + "/retire", "");
    mary.post(
        "/api/knowledge/" + published + "/links",
        Map.of(
            "ticketNumber",
            ticket("Wallaby Wi-Fi", "ENVIRONMENT_CONFIGURATION", "NETWORK_SETTINGS"),
            "type",
            "SOLVED"));

    JsonNode found = ok(anonymous.get("/api/portal/knowledge?q=wallaby+wi-fi&limit=20"));
    List<String> numbers = new ArrayList<>();
    found.forEach(a -> numbers.add(a.get("number").asText()));
    assertThat(numbers).contains(published).doesNotContain(draft, retired);
    JsonNode browse =
        ok(anonymous.get("/api/portal/knowledge?category=ENVIRONMENT_CONFIGURATION&limit=20"));
    browse.forEach(a -> assertThat(a.get("number").asText()).isNotIn(draft, retired));

    Api.Reply read = anonymous.get("/api/portal/knowledge/" + published);
    assertThat(read.status()).isEqualTo(200);
    JsonNode view = read.json();
    assertThat(view.get("title").asText()).isEqualTo("Wallaby Wi-Fi drops");
    assertThat(view.get("solution").asText()).isEqualTo("Reconnect and try again.");
    assertThat(view.get("tags")).isNotEmpty();
    assertThat(read.text()).doesNotContain(TIER1, REVIEWER, "createdBy", "links", "TS2");

    for (String hidden : new String[] {draft, retired, "KB-99999999", "not-a-number"}) {
      assertProblem(anonymous.get("/api/portal/knowledge/" + hidden), 404);
      assertProblem(
          anonymous.post(
              "/api/portal/knowledge/" + hidden + "/helped", Map.of("avoidedTicket", true)),
          404);
    }

    assertThat(
            anonymous
                .post(
                    "/api/portal/knowledge/" + published + "/helped",
                    Map.of("avoidedTicket", false))
                .status())
        .isEqualTo(204);
    assertThat(
            anonymous
                .post(
                    "/api/portal/knowledge/" + published + "/helped", Map.of("avoidedTicket", true))
                .status())
        .isEqualTo(204);
    JsonNode staffView = ok(mary.get("/api/knowledge/" + published));
    assertThat(staffView.get("helpedCount").asInt()).isEqualTo(2);
    assertThat(staffView.get("deflectionCount").asInt()).isEqualTo(1);
    assertThat(staffView.get("viewCount").asInt())
        .as("the portal's read and this one")
        .isEqualTo(2);
    Integer deflections =
        jdbc.queryForObject(
            "select count(*) from app.article_deflection d join app.article a on a.id = d.article_id"
                + " where a.number = ?",
            Integer.class,
            published);
    assertThat(deflections).isEqualTo(1);

    assertProblem(anonymous.get("/api/portal/knowledge?limit=0"), 400);
    assertProblem(anonymous.get("/api/portal/knowledge?category=WEATHER"), 400);
  }

  // --- helpers -------------------------------------------------------------------------------

  private Map<String, Object> article(String title, String category, String subcategory) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("symptoms", "It stops working after a few minutes.");
    body.put("solution", "Reconnect and try again.");
    body.put("category", category == null ? "ENVIRONMENT_CONFIGURATION" : category);
    body.put("subcategory", category == null ? "NETWORK_SETTINGS" : subcategory);
    body.put("tags", List.of("vpn", run));
    return body;
  }

  private String create(Map<String, Object> body) {
    Api.Reply created = mary.post("/api/knowledge", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private String publish(String number) {
    ok(oscar.post("/api/knowledge/" + number + "/publish", ""));
    return number;
  }

  private String ticket(String title, String category, String subcategory) {
    Api.Reply created =
        mary.post("/api/tickets", Tickets.request(title, category, subcategory, "NORMAL"));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private static JsonNode ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  private static List<String> fields(Api.Reply reply) {
    assertProblem(reply, 400);
    return StreamSupport.stream(reply.json().get("errors").spliterator(), false)
        .map(e -> e.get("field").asText())
        .toList();
  }

  private static List<String> numbers(Api.Reply reply) {
    List<String> numbers = new ArrayList<>();
    ok(reply).get("items").forEach(item -> numbers.add(item.get("number").asText()));
    return numbers;
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
