package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.intake.mail.MailFixtures;
import io.ticketflow.intake.mail.MailIntakeService;
import io.ticketflow.intake.mail.MailOutcome;
import io.ticketflow.intake.mail.MailResult;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import io.ticketflow.ticket.TicketService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * A closed ticket archived, on PostgreSQL: read only for staff and requester, its personal data
 * masked for every staff member, unmasked only for managers with an audit-trail entry, still found
 * by search, and exported masked and audited.
 */
@IntegrationTest
class ArchiveIT {

  private static final String PHONE = "138-1234-5678";
  private static final String NAME = "Alice Wong";

  @LocalServerPort int port;
  @Autowired TicketService tickets;
  @Autowired MailIntakeService mail;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  private Api staff;
  private Api mary;
  private Api megan;
  private String run;
  private String email;

  @BeforeEach
  void clients() {
    Api api = Api.at(port);
    staff = api.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = api.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    megan = api.as(TestUsers.MANAGER, TestUsers.MANAGER);
    run = UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("\\d", "q");
    email = "alice." + run + "@example.com";
  }

  @Test
  void anArchivedTicketIsReadOnlyAndShowsItsPersonalDataMaskedToEveryone() {
    Closed closed = closedTicket();
    String number = closed.number();
    tickets.archive(number, TicketService.SYSTEM_ACTOR);
    tickets.archive(number, TicketService.SYSTEM_ACTOR);

    // an agent sees the requester and the texts masked
    JsonNode seen = mary.get("/api/tickets/" + number).json();
    assertThat(seen.get("status").asText()).isEqualTo("ARCHIVED");
    assertThat(seen.get("archivedAt").isNull()).isFalse();
    JsonNode requester = seen.get("requester");
    assertThat(requester.get("name").asText()).isEqualTo("A. W.");
    assertThat(requester.get("email").asText()).isEqualTo("a***@example.com");
    assertThat(requester.get("phone").asText()).isEqualTo("*****5678");
    assertThat(requester.get("employeeId").asText()).isEqualTo("****45");
    assertThat(requester.get("department").asText()).isEqualTo("Finance");
    assertThat(seen.get("description").asText())
        .contains("*****5678")
        .contains("a***@example.com")
        .doesNotContain(email);
    List<String> authors = new ArrayList<>();
    seen.get("comments").forEach(c -> authors.add(c.get("author").asText()));
    assertThat(authors).contains("A. W.", TestUsers.TIER1_AGENT).doesNotContain(NAME);
    assertThat(seen.toString())
        .doesNotContain(email)
        .doesNotContain(NAME)
        .doesNotContain(PHONE)
        .doesNotContain("8765 4321");
    // archiving twice logged it once
    long archivedEvents = 0;
    for (JsonNode event : seen.get("events")) {
      if ("ARCHIVED".equals(event.path("to").asText())) {
        archivedEvents++;
      }
    }
    assertThat(archivedEvents).isOne();
    // managers too: the staff view is the same for everyone
    assertThat(megan.get("/api/tickets/" + number).json().get("requester").get("phone").asText())
        .isEqualTo("*****5678");
    assertThat(mary.get("/api/notifications?ticket=" + number).text()).doesNotContain(email);
    assertThat(mary.get("/api/tickets/" + number + "/attachments").text())
        .contains("A. W.")
        .doesNotContain(NAME);

    // the requester still sees their own ticket as it is
    JsonNode own = closed.requester().get("/api/portal/tickets/" + number).json();
    assertThat(own.get("status").asText()).isEqualTo("ARCHIVED");
    assertThat(own.get("description").asText()).contains(email).contains(PHONE);

    // nothing can be written any more, by staff or by the requester
    List<Api.Reply> writes = new ArrayList<>();
    String path = "/api/tickets/" + number;
    writes.add(mary.post(path + "/comments", Map.of("body", "Hello", "visibility", "PUBLIC")));
    writes.add(mary.post(path + "/complaints", Map.of("reason", "Too slow")));
    writes.add(mary.post(path + "/collaborations", Map.of("team", "dev", "request", "Look")));
    writes.add(
        mary.post(
            path + "/workaround",
            Map.of("workaround", "Restart", "expectedResolutionAt", "2099-01-01T10:00:00+08:00")));
    writes.add(mary.upload(path + "/attachments", "log.txt", bytes("log")));
    String portal = "/api/portal/tickets/" + number;
    Api owner = closed.requester();
    writes.add(owner.post(portal + "/replies", Map.of("body", "One more thing")));
    writes.add(owner.post(portal + "/feedback", Map.of("rating", "SATISFIED")));
    writes.add(owner.post(portal + "/complaints", Map.of("reason", "Too slow")));
    writes.add(owner.post(portal + "/confirmation", Map.of("resolved", true)));
    writes.add(owner.upload(portal + "/attachments", "log.txt", bytes("log")));
    for (Api.Reply refused : writes) {
      assertThat(refused.status()).as(refused.text()).isEqualTo(409);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("title").asText()).isEqualTo("Archived, read only");
    }
    assertThat(mary.get(path).json().get("comments")).hasSameSizeAs(seen.get("comments"));
  }

  @Test
  void onlyManagersReadPersonalDataUnmaskedAndEveryReadIsAudited() {
    String number = closedTicket().number();
    tickets.archive(number, TicketService.SYSTEM_ACTOR);

    Api.Reply refused = mary.get("/api/tickets/" + number + "/personal-data");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(mary.get("/api/tickets/" + number + "/personal-data/").status()).isEqualTo(403);

    Api.Reply read =
        megan.get("/api/tickets/" + number + "/personal-data?reason=Data%20subject%20request");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("Cache-Control")).contains("no-store");
    JsonNode data = read.json();
    assertThat(data.get("requester").get("name").asText()).isEqualTo(NAME);
    assertThat(data.get("requester").get("email").asText()).isEqualTo(email);
    assertThat(data.get("requester").get("phone").asText()).isEqualTo(PHONE);
    assertThat(data.get("requester").get("employeeId").asText()).isEqualTo("E12345");
    assertThat(data.get("description").asText()).contains(email).contains(PHONE);
    assertThat(data.get("comments").toString()).contains(NAME).contains("+86 21 8765 4321");

    JsonNode trail =
        megan.get("/api/audit?action=PERSONAL_DATA_READ&target=" + number).json().get("items");
    assertThat(trail).hasSize(1);
    JsonNode entry = trail.get(0);
    assertThat(entry.get("actor").asText()).isEqualTo(TestUsers.MANAGER);
    assertThat(entry.get("targetType").asText()).isEqualTo("TICKET");
    assertThat(entry.get("detail").asText()).isEqualTo("reason: Data subject request");
    assertThat(entry.get("clientAddress").asText()).isNotBlank();
    assertThat(entry.get("occurredAt").asText()).endsWith("+08:00");

    // the administrator may read it too; another read, another entry, newest first
    assertThat(staff.get("/api/tickets/" + number + "/personal-data").status()).isEqualTo(200);
    JsonNode both =
        megan
            .get("/api/audit?target=" + number + "&from=" + day(-1) + "&to=" + day(1) + "&size=10")
            .json();
    assertThat(both.get("totalItems").asInt()).isEqualTo(2);
    assertThat(both.get("items").get(0).get("actor").asText()).isEqualTo(TestUsers.ADMIN);
    assertThat(
            megan
                .get("/api/audit?actor=" + TestUsers.ADMIN + "&target=" + number)
                .json()
                .get("totalItems")
                .asInt())
        .isOne();

    // the trail itself is for managers and administrators only
    assertThat(mary.get("/api/audit").status()).isEqualTo(403);
    assertThat(megan.get("/api/tickets/TS20990101-0001/personal-data").status()).isEqualTo(404);
    Api.Reply badRange = megan.get("/api/audit?from=2026-11-02&to=2026-11-01");
    assertThat(badRange.status()).isEqualTo(400);
    assertThat(badRange.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
    assertThat(megan.get("/api/audit?action=LOOKED").status()).isEqualTo(400);
    assertThat(
            megan
                .get("/api/tickets/" + number + "/personal-data?reason=" + "x".repeat(501))
                .status())
        .isEqualTo(400);
  }

  @Test
  void archivedTicketsAreFoundByTheirStoredTextAndExportedMaskedAndAudited() {
    String number = closedTicket().number();
    tickets.archive(number, TicketService.SYSTEM_ACTOR);

    JsonNode found = mary.get("/api/tickets?status=ARCHIVED&q=" + run).json().get("items");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("number").asText()).isEqualTo(number);
    assertThat(found.get(0).get("requester").get("phone").asText()).isEqualTo("*****5678");
    assertThat(found.get(0).get("description").asText()).doesNotContain(email);
    // the stored address finds it, the answer does not show it
    assertThat(mary.get("/api/tickets?q=" + email).json().get("items").toString())
        .contains(number)
        .doesNotContain(email);

    Api.Reply export = mary.get("/api/tickets/export?status=ARCHIVED&q=" + run);
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
    assertThat(export.header("Content-Disposition"))
        .isEqualTo(
            "attachment; filename=\"tickets-"
                + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                + ".csv\"");
    String[] lines = export.text().split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("\uFEFFnumber,title,status");
    assertThat(lines[1])
        .startsWith(number + ",\"'=HYPERLINK(")
        .contains("A. W.", "a***@example.com", "*****5678", "****45", "Finance", "ARCHIVED")
        .doesNotContain(email)
        .doesNotContain(NAME)
        .doesNotContain(PHONE);

    JsonNode audited =
        megan.get("/api/audit?action=EXPORT&actor=" + TestUsers.TIER1_AGENT).json().get("items");
    assertThat(audited.get(0).get("detail").asText())
        .startsWith("tickets-")
        .contains("status=ARCHIVED")
        .contains("q=\"" + run + "\"")
        .endsWith("; 1 rows");

    // an open ticket's export masks the requester's details too, its free text only when archived
    String open =
        staff.post("/api/tickets", request("Open ticket " + run)).json().get("number").asText();
    String openRow = mary.get("/api/tickets/export?q=" + open).text().split("\r\n")[1];
    assertThat(openRow)
        .contains(",A. W.,a***@example.com,*****5678,Finance,****45,")
        .contains("write to " + email);

    Api.Reply badRange =
        mary.get("/api/tickets/export?createdFrom=2026-11-02&createdTo=2026-11-01");
    assertThat(badRange.status()).isEqualTo(400);
    assertThat(badRange.json().get("errors").get(0).get("field").asText()).isEqualTo("createdTo");
    assertThat(mary.get("/api/tickets/export?createdFrom=yesterday").status()).isEqualTo(400);
    assertThat(
            mary.get("/api/tickets?createdFrom=" + day(-1) + "&createdTo=" + day(1) + "&q=" + run)
                .json()
                .get("totalItems")
                .asInt())
        .isEqualTo(2);
  }

  @Test
  void aMailReplyToAnArchivedTicketOpensAFollowUpAsForAClosedOne() {
    String number = closedTicket().number();
    tickets.archive(number, TicketService.SYSTEM_ACTOR);
    int comments = mary.get("/api/tickets/" + number).json().get("comments").size();

    MailResult reply =
        mail.receive(
            MailFixtures.read(
                "reply-by-subject.eml",
                MailFixtures.FIXTURE_TICKET,
                number,
                "zhang.san@example.com",
                email,
                "<reply-by-subject-1@",
                "<archived-" + run + "@"),
            "it/archived-" + run,
            null);

    assertThat(reply.outcome()).isEqualTo(MailOutcome.FOLLOW_UP);
    assertThat(reply.ticketNumber()).isNotEqualTo(number);
    JsonNode followUp = mary.get("/api/tickets/" + reply.ticketNumber()).json();
    assertThat(followUp.get("description").asText()).startsWith("Follow-up of " + number);
    assertThat(followUp.get("requester").get("email").asText()).isEqualTo(email);
    JsonNode archived = mary.get("/api/tickets/" + number).json();
    assertThat(archived.get("status").asText()).isEqualTo("ARCHIVED");
    assertThat(archived.get("comments")).hasSize(comments);
    assertThat(archived.get("events").toString()).contains("FOLLOW_UP");
  }

  @Test
  void onlyClosedTicketsCanBeArchived() {
    String number =
        staff.post("/api/tickets", request("Still open " + run)).json().get("number").asText();

    assertThatThrownBy(() -> tickets.archive(number, TicketService.SYSTEM_ACTOR))
        .hasMessageContaining("only a closed ticket");
    assertThat(mary.get("/api/tickets/" + number).json().get("status").asText())
        .isNotEqualTo("ARCHIVED");
  }

  /** A ticket of Alice Wong's, worked by mary, with a reply of hers, confirmed and closed. */
  private Closed closedTicket() {
    JsonNode created = staff.post("/api/tickets", request("Ledger sync fails " + run)).json();
    String number = created.get("number").asText();
    Api owner = Api.at(port).with("X-Access-Token", created.get("accessToken").asText());
    assertThat(
            owner
                .post(
                    "/api/portal/tickets/" + number + "/replies",
                    Map.of("body", "Or call my desk on +86 21 8765 4321."))
                .status())
        .isEqualTo(201);
    assertThat(owner.upload("/api/portal/tickets/" + number + "/attachments", "a.txt", bytes("x")))
        .extracting(Api.Reply::status)
        .isEqualTo(201);
    assertThat(
            mary.post(
                    "/api/tickets/" + number + "/comments",
                    Map.of(
                        "body", "Checked with " + NAME + " on " + PHONE, "visibility", "INTERNAL"))
                .status())
        .isEqualTo(201);
    String task = workTask(mary, number).get("id").asText();
    mary.post("/engine-rest/task/" + task + "/claim", Map.of("userId", TestUsers.TIER1_AGENT));
    assertThat(
            mary.post(
                    "/engine-rest/task/" + task + "/submit-form",
                    form(Vars.OUTCOME, "RESOLVED", Vars.RESOLUTION, "Re-linked the ledger."))
                .status())
        .isEqualTo(204);
    assertThat(
            owner
                .post("/api/portal/tickets/" + number + "/confirmation", Map.of("resolved", true))
                .status())
        .isEqualTo(200);
    new TicketJobs(runtime, management).runDue(number);
    assertThat(staff.get("/api/tickets/" + number).json().get("status").asText())
        .isEqualTo("CLOSED");
    return new Closed(number, owner);
  }

  private Map<String, Object> request(String title) {
    Map<String, Object> body =
        Tickets.request(
            "=HYPERLINK(\"http://example.com\",\"" + title + "\")",
            "OPERATION_GUIDANCE",
            "HOW_TO",
            "NORMAL");
    Map<String, Object> requester = new LinkedHashMap<>();
    requester.put("name", NAME);
    requester.put("email", email);
    requester.put("phone", PHONE);
    requester.put("department", "Finance");
    requester.put("employeeId", "E12345");
    body.put("requester", requester);
    body.put(
        "description",
        "The ledger sync stops at 09:12. Call me on " + PHONE + " or write to " + email + ".");
    return body;
  }

  private static String day(int fromToday) {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(fromToday).toString();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private record Closed(String number, Api requester) {}
}
