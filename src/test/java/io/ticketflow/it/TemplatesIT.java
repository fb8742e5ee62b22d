package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Canned replies and request templates through the REST API on PostgreSQL: managers keep them,
 * agents read them and get them filled in for a ticket, the portal offers the active request
 * templates to anyone.
 */
@IntegrationTest
class TemplatesIT {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String REPLIES = "/api/reply-templates";
  private static final String REQUESTS = "/api/ticket-templates";
  private static final String PORTAL_REQUESTS = "/api/portal/ticket-templates";
  private static final DateTimeFormatter DESK_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  @LocalServerPort int port;

  Api anonymous;
  Api staff;
  Api megan;
  Api mary;
  String suffix;

  @BeforeEach
  void clients() {
    anonymous = Api.at(port);
    staff = anonymous.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    megan = anonymous.as(TestUsers.MANAGER, TestUsers.MANAGER);
    mary = anonymous.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    suffix = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void managerKeepsACannedReplyThatAgentsRead() {
    Api.Reply created =
        megan.post(
            REPLIES,
            reply(
                "Logs " + suffix, "SYSTEM_FAULT", "Please send logs for {{ticketNumber}}.", "en"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.header("Location")).isEqualTo(REPLIES + "/" + id);
    assertThat(created.json().get("active").asBoolean()).isTrue();
    assertThat(created.json().get("createdBy").asText()).isEqualTo(TestUsers.MANAGER);
    assertThat(created.json().get("updatedAt").asText()).endsWith("+08:00");

    JsonNode read = mary.get(REPLIES + "/" + id).json();
    assertThat(read.get("name").asText()).isEqualTo("Logs " + suffix);
    assertThat(read.get("body").asText()).isEqualTo("Please send logs for {{ticketNumber}}.");
    assertThat(read.get("category").asText()).isEqualTo("SYSTEM_FAULT");
    assertThat(read.get("language").asText()).isEqualTo("en");
    assertThat(names(mary.get(REPLIES + "?category=SYSTEM_FAULT"))).contains("Logs " + suffix);
    assertThat(names(mary.get(REPLIES + "?category=REQUIREMENT_REQUEST")))
        .doesNotContain("Logs " + suffix);

    long version = read.get("version").asLong();
    Map<String, Object> change =
        reply("Logs " + suffix, null, "Logs for {{ticketNumber}}, please.", "zh-cn");
    change.put("version", version);
    Api.Reply updated = staff.put(REPLIES + "/" + id, change);
    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    assertThat(updated.json().get("category").isNull()).isTrue();
    assertThat(updated.json().get("language").asText()).isEqualTo("zh-CN");
    assertThat(updated.json().get("updatedBy").asText()).isEqualTo(TestUsers.ADMIN);
    assertThat(updated.json().get("version").asLong()).isGreaterThan(version);
    assertThat(names(mary.get(REPLIES + "?category=REQUIREMENT_REQUEST")))
        .contains("Logs " + suffix);

    // a change made against the version read before is refused
    Api.Reply stale = megan.put(REPLIES + "/" + id, change);
    assertProblem(stale, 409);

    // DELETE deactivates: the template stays readable and can come back
    assertThat(megan.delete(REPLIES + "/" + id).status()).isEqualTo(204);
    JsonNode deactivated = mary.get(REPLIES + "/" + id).json();
    assertThat(deactivated.get("active").asBoolean()).isFalse();
    assertThat(names(mary.get(REPLIES + "?active=true"))).doesNotContain("Logs " + suffix);
    assertThat(names(mary.get(REPLIES + "?active=false"))).contains("Logs " + suffix);
    assertThat(megan.delete(REPLIES + "/" + id).status()).isEqualTo(204);

    Map<String, Object> revive = reply("Logs " + suffix, null, "Logs, please.", null);
    revive.put("active", true);
    assertThat(megan.put(REPLIES + "/" + id, revive).json().get("active").asBoolean()).isTrue();
  }

  @Test
  void badTemplatesAreRefusedNamingEveryField() {
    Api.Reply unknown =
        megan.post(REPLIES, reply("Bad " + suffix, null, "Dear {{customer}}, {{title}", null));
    assertProblem(unknown, 400);
    assertThat(fields(unknown)).containsExactly("body", "body");
    assertThat(unknown.json().get("errors").get(0).get("message").asText())
        .startsWith("unknown placeholder {{customer}}")
        .contains(
            "{{requesterName}}",
            "{{ticketNumber}}",
            "{{title}}",
            "{{firstResponseDue}}",
            "{{resolutionDue}}",
            "{{agentName}}",
            "{{category}}",
            "{{priority}}");

    Api.Reply missing = megan.post(REPLIES, Map.of("name", " ", "language", "not a tag"));
    assertProblem(missing, 400);
    assertThat(fields(missing)).contains("name", "body");

    Api.Reply tooLong =
        megan.post(REPLIES, reply("Long " + suffix, null, "x".repeat(4001), "english"));
    assertProblem(tooLong, 400);
    assertThat(fields(tooLong)).containsExactly("body");

    Api.Reply badLanguage = megan.post(REPLIES, reply("Lang " + suffix, null, "Hi", "english!"));
    assertProblem(badLanguage, 400);
    assertThat(fields(badLanguage)).containsExactly("language");

    Api.Reply badCategory = megan.post(REPLIES, reply("Cat " + suffix, "HARDWARE", "Hi", null));
    assertProblem(badCategory, 400);
    assertThat(fields(badCategory)).containsExactly("category");
    assertThat(badCategory.text()).contains("SYSTEM_FAULT, OPERATION_GUIDANCE");

    assertThat(megan.post(REPLIES, reply("Twice " + suffix, null, "Hi", null)).status())
        .isEqualTo(201);
    Api.Reply twice = megan.post(REPLIES, reply("TWICE " + suffix, null, "Hi", null));
    assertProblem(twice, 409);
    assertThat(fields(twice)).containsExactly("name");

    Map<String, Object> wrongSubcategory = request("Sub " + suffix, "en");
    wrongSubcategory.put("subcategory", "CRASH");
    Api.Reply subcategory = megan.post(REQUESTS, wrongSubcategory);
    assertProblem(subcategory, 400);
    assertThat(fields(subcategory)).containsExactly("subcategory");

    Api.Reply emptyRequest = megan.post(REQUESTS, Map.of("sortOrder", -1));
    assertProblem(emptyRequest, 400);
    assertThat(fields(emptyRequest))
        .contains("name", "title", "category", "subcategory", "urgency", "sortOrder");

    assertProblem(mary.get(REPLIES + "/abc"), 400);
    assertProblem(mary.get(REPLIES + "?active=maybe"), 400);
    assertProblem(anonymous.get(PORTAL_REQUESTS + "?language=%3Cscript%3E"), 400);
  }

  @Test
  void agentsReadButOnlyManagersAndAdministratorsWrite() {
    long reply =
        megan
            .post(REPLIES, reply("Mine " + suffix, null, "Hi {{requesterName}}", null))
            .json()
            .get("id")
            .asLong();
    long request = megan.post(REQUESTS, request("Mine " + suffix, "en")).json().get("id").asLong();

    assertThat(mary.get(REPLIES).status()).isEqualTo(200);
    assertThat(mary.get(REQUESTS + "/" + request).status()).isEqualTo(200);
    assertProblem(mary.post(REPLIES, reply("Agent " + suffix, null, "Hi", null)), 403);
    assertProblem(mary.put(REPLIES + "/" + reply, reply("Agent " + suffix, null, "Hi", null)), 403);
    assertProblem(mary.delete(REPLIES + "/" + reply), 403);
    assertProblem(mary.post(REQUESTS, request("Agent " + suffix, "en")), 403);
    assertProblem(mary.put(REQUESTS + "/" + request, request("Agent " + suffix, "en")), 403);
    assertProblem(mary.delete(REQUESTS + "/" + request), 403);
    assertProblem(anonymous.get(REPLIES), 401);
    assertProblem(anonymous.get(REQUESTS), 401);

    assertThat(mary.get(REPLIES + "/" + reply).json().get("active").asBoolean()).isTrue();
    assertThat(names(mary.get(REPLIES))).doesNotContain("Agent " + suffix);
  }

  @Test
  void unknownTemplatesAndTicketsAreNotFound() {
    assertProblem(mary.get(REPLIES + "/987654321"), 404);
    assertProblem(megan.put(REPLIES + "/987654321", reply("No " + suffix, null, "Hi", null)), 404);
    assertProblem(megan.delete(REPLIES + "/987654321"), 404);
    assertProblem(mary.get(REQUESTS + "/987654321"), 404);
    assertProblem(megan.put(REQUESTS + "/987654321", request("No " + suffix, "en")), 404);
    assertProblem(megan.delete(REQUESTS + "/987654321"), 404);
    assertProblem(mary.get("/api/tickets/TS20000101-9999/reply-templates"), 404);
  }

  @Test
  void agentGetsTheTicketsRepliesFilledInForTicketAndAgent() {
    String all =
        "{{requesterName}}|{{ticketNumber}}|{{title}}|{{firstResponseDue}}|{{resolutionDue}}|"
            + "{{agentName}}|{{category}}|{{priority}}";
    assertThat(
            megan
                .post(
                    REPLIES, reply("Everything " + suffix, "ENVIRONMENT_CONFIGURATION", all, "en"))
                .status())
        .isEqualTo(201);
    assertThat(
            megan.post(REPLIES, reply("Other kind " + suffix, "SYSTEM_FAULT", "Hi", "en")).status())
        .isEqualTo(201);
    long retired =
        megan
            .post(REPLIES, reply("Retired " + suffix, null, "Old", "en"))
            .json()
            .get("id")
            .asLong();
    megan.delete(REPLIES + "/" + retired);

    Map<String, Object> body =
        Tickets.request(
            "<b>VPN</b> drops & reconnects",
            "ENVIRONMENT_CONFIGURATION",
            "NETWORK_SETTINGS",
            "URGENT");
    Api.Reply created = staff.post("/api/tickets", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode ticket = created.json();
    String number = ticket.get("number").asText();

    // the ticket is routed to operations: an operations agent works it
    Api oscar = anonymous.as(TestUsers.OPERATIONS_AGENT, TestUsers.OPERATIONS_AGENT);
    Api.Reply replies = oscar.get("/api/tickets/" + number + "/reply-templates");
    assertThat(replies.status()).as(replies.text()).isEqualTo(200);
    List<String> names = names(replies);
    assertThat(names)
        .contains("Everything " + suffix, "Acknowledgement", "确认受理")
        .doesNotContain(
            "Other kind " + suffix, "Retired " + suffix, "Ask for logs and screenshots");
    assertThat(names).isSortedAccordingTo(String::compareTo);

    JsonNode everything = byName(replies, "Everything " + suffix);
    assertThat(everything.get("category").asText()).isEqualTo("ENVIRONMENT_CONFIGURATION");
    assertThat(everything.has("active")).isFalse();
    assertThat(everything.get("body").asText())
        .isEqualTo(
            String.join(
                "|",
                "Zhang San",
                number,
                "<b>VPN</b> drops & reconnects",
                deskTime(ticket.get("firstResponseDueAt").asText()),
                deskTime(ticket.get("resolutionDueAt").asText()),
                "Oscar Wang",
                "Environment configuration",
                ticket.get("priority").asText()));
    assertThat(byName(replies, "确认受理").get("body").asText()).contains(number, "环境配置");

    // the same ticket read by another agent names that agent
    Api.Reply forMegan = megan.get("/api/tickets/" + number + "/reply-templates");
    assertThat(byName(forMegan, "Everything " + suffix).get("body").asText())
        .contains("|Megan Sun|");
  }

  @Test
  void managerKeepsRequestTemplatesAndThePortalOffersOnlyActiveOnes() {
    Api.Reply created = megan.post(REQUESTS, request("VPN " + suffix, "en"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.header("Location")).isEqualTo(REQUESTS + "/" + id);
    assertThat(created.json().get("impact").asText()).isEqualTo("DEPARTMENT");
    long retired =
        megan.post(REQUESTS, request("Retired " + suffix, null)).json().get("id").asLong();
    long chinese = megan.post(REQUESTS, request("中文 " + suffix, "zh-CN")).json().get("id").asLong();
    assertThat(megan.delete(REQUESTS + "/" + retired).status()).isEqualTo(204);

    Api.Reply offered = anonymous.get(PORTAL_REQUESTS);
    assertThat(offered.status()).isEqualTo(200);
    assertThat(names(offered))
        .contains("VPN " + suffix, "中文 " + suffix, "Password reset")
        .doesNotContain("Retired " + suffix);
    JsonNode view = byName(offered, "VPN " + suffix);
    assertThat(view.get("title").asText()).isEqualTo("VPN does not connect");
    assertThat(view.get("description").asText()).isEqualTo("Since when:\nError message:");
    assertThat(view.get("category").asText()).isEqualTo("ENVIRONMENT_CONFIGURATION");
    assertThat(view.get("subcategory").asText()).isEqualTo("NETWORK_SETTINGS");
    assertThat(view.get("urgency").asText()).isEqualTo("IMPORTANT");
    assertThat(view.get("impact").asText()).isEqualTo("DEPARTMENT");
    List<String> fields = new ArrayList<>();
    view.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "id", "name", "title", "description", "category", "subcategory", "urgency", "impact");

    assertThat(names(anonymous.get(PORTAL_REQUESTS + "?language=zh-CN")))
        .contains("中文 " + suffix, "密码重置")
        .doesNotContain("VPN " + suffix, "Password reset");

    // staff see every template, and bring one back
    assertThat(names(mary.get(REQUESTS + "?active=false"))).contains("Retired " + suffix);
    assertThat(names(mary.get(REQUESTS))).contains("Retired " + suffix, "VPN " + suffix);
    Map<String, Object> revive = request("Retired " + suffix, null);
    revive.put("active", true);
    revive.put("version", mary.get(REQUESTS + "/" + retired).json().get("version").asLong());
    Api.Reply revived = megan.put(REQUESTS + "/" + retired, revive);
    assertThat(revived.status()).as(revived.text()).isEqualTo(200);
    assertThat(names(anonymous.get(PORTAL_REQUESTS))).contains("Retired " + suffix);
    assertThat(mary.get(REQUESTS + "/" + chinese).json().get("language").asText())
        .isEqualTo("zh-CN");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Map<String, Object> reply(
      String name, String category, String body, String language) {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("name", name);
    reply.put("category", category);
    reply.put("body", body);
    reply.put("language", language);
    return reply;
  }

  private static Map<String, Object> request(String name, String language) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("name", name);
    request.put("title", "VPN does not connect");
    request.put("description", "Since when:\nError message:");
    request.put("category", "ENVIRONMENT_CONFIGURATION");
    request.put("subcategory", "NETWORK_SETTINGS");
    request.put("urgency", "IMPORTANT");
    request.put("impact", "DEPARTMENT");
    request.put("language", language);
    request.put("sortOrder", 5);
    return request;
  }

  /** A due time from the ticket's JSON as the desk writes it in replies. */
  private static String deskTime(String iso) {
    return DESK_TIME.format(OffsetDateTime.parse(iso).truncatedTo(ChronoUnit.SECONDS));
  }

  private static List<String> names(Api.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    reply.json().forEach(t -> names.add(t.get("name").asText()));
    return names;
  }

  private static JsonNode byName(Api.Reply reply, String name) {
    for (JsonNode template : reply.json()) {
      if (template.get("name").asText().equals(name)) {
        return template;
      }
    }
    throw new AssertionError("no template " + name + " in " + reply.text());
  }

  private static List<String> fields(Api.Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
    assertThat(reply.json().get("status").asInt()).isEqualTo(status);
    assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at io.ticketflow");
  }
}
