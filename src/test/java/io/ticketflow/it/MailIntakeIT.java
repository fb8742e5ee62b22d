package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ticketflow.intake.mail.MailFixtures;
import io.ticketflow.intake.mail.MailIntakeProperties;
import io.ticketflow.intake.mail.MailIntakeService;
import io.ticketflow.intake.mail.MailOutcome;
import io.ticketflow.intake.mail.MailResult;
import io.ticketflow.intake.mail.MailboxPoller;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.Mailbox;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * E-mail in, on PostgreSQL: new mail opens tickets and is acknowledged in its thread, replies
 * become comments, closed tickets get follow-ups, and loops, strangers and broken mail end in the
 * quarantine. Also phone and chat requests logged through the {@code log-request} start form.
 */
@IntegrationTest
class MailIntakeIT {

  @RegisterExtension
  static GreenMailExtension imap = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

  private static final String NEW_REQUEST_ID = "<CAF=new-request-1@mail.example.com>";
  private static final String REQUESTER = "zhang.san@example.com";

  /** The new-request fixtures' sender, as written there: addresses are kept lower-cased. */
  private static final String NEW_REQUEST_FROM = "Zhang.San@Example.com";

  private static final String NEW_REQUEST_SUBJECT = "Cannot print from OA since this morning";

  @LocalServerPort int port;
  @Autowired MailIntakeService mail;
  @Autowired MailIntakeProperties settings;
  @Autowired GreenMail smtp;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  private Api staff;
  private Api mary;
  private String run;

  @BeforeEach
  void clients() {
    staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void newMailOpensOneTicketWithItsFileAndIsAcknowledgedInTheRequestersThread() throws Exception {
    String id = "<new-" + run + "@mail.example.com>";
    String sender = "zhang.san." + run + "@example.com";

    MailResult first = receive("new-request.eml", NEW_REQUEST_ID, id, NEW_REQUEST_FROM, sender);
    MailResult again =
        receive("duplicate-delivery.eml", NEW_REQUEST_ID, id, NEW_REQUEST_FROM, sender);

    assertThat(first.outcome()).isEqualTo(MailOutcome.TICKET);
    assertThat(again.outcome()).isEqualTo(MailOutcome.DUPLICATE);
    assertThat(again.ticketNumber()).isEqualTo(first.ticketNumber());
    String number = first.ticketNumber();
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("channel").asText()).isEqualTo("EMAIL");
    assertThat(ticket.get("title").asText()).isEqualTo(NEW_REQUEST_SUBJECT);
    assertThat(ticket.get("description").asText()).contains("Error: E-204.");
    assertThat(ticket.get("category").asText()).isEqualTo("OPERATION_GUIDANCE");
    assertThat(ticket.get("subcategory").asText()).isEqualTo("HOW_TO");
    assertThat(ticket.get("urgency").asText()).isEqualTo("NORMAL");
    assertThat(ticket.get("requester").get("name").asText()).isEqualTo("Zhang San");
    assertThat(ticket.get("requester").get("email").asText()).isEqualTo(sender);
    JsonNode files = staff.get("/api/tickets/" + number + "/attachments").json();
    assertThat(files.toString()).contains("screenshot.png");

    new TicketJobs(runtime, management).runDue(number);
    MimeMessage acknowledgement = onlyMailTo(sender);
    assertThat(acknowledgement.getSubject())
        .isEqualTo("Re: " + NEW_REQUEST_SUBJECT + " [" + number + "]");
    assertThat(acknowledgement.getHeader("In-Reply-To", null)).isEqualTo(id);
    assertThat(acknowledgement.getHeader("References", null)).isEqualTo(id);
    assertThat(acknowledgement.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
  }

  @Test
  void repliesBecomeCommentsAndOnlyTheRequestersOwnAnswerWakesTheWaitingProcess() throws Exception {
    String id = "<thread-" + run + "@mail.example.com>";
    String sender = "zhang.san." + run + "@example.com";
    String number =
        receive("new-request.eml", NEW_REQUEST_ID, id, NEW_REQUEST_FROM, sender).ticketNumber();

    MailResult bySubject =
        receive(
            "reply-by-subject.eml",
            MailFixtures.FIXTURE_TICKET,
            number,
            REQUESTER,
            sender,
            "<reply-by-subject-1@",
            "<reply-by-subject-" + run + "@");
    assertThat(bySubject.outcome()).isEqualTo(MailOutcome.COMMENT);
    assertThat(bySubject.ticketNumber()).isEqualTo(number);

    // the agent asks a question; an out-of-office answer is kept but the ticket keeps waiting
    JsonNode task = workTask(mary, number);
    String taskId = task.get("id").asText();
    mary.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", TestUsers.TIER1_AGENT));
    assertThat(
            mary.post(
                    "/engine-rest/task/" + taskId + "/submit-form",
                    form(Vars.OUTCOME, "WAIT_FOR_CUSTOMER", Vars.QUESTION, "Which printer?"))
                .status())
        .isEqualTo(204);
    MailResult outOfOffice =
        receive(
            "auto-reply.eml",
            MailFixtures.FIXTURE_TICKET,
            number,
            REQUESTER,
            sender,
            "<auto-reply-1@",
            "<auto-reply-" + run + "@");
    assertThat(outOfOffice.outcome()).isEqualTo(MailOutcome.COMMENT);
    assertThat(status(number)).isEqualTo("WAITING_CUSTOMER");

    MailResult byHeader =
        receive(
            "reply-by-header.eml",
            MailFixtures.FIXTURE_TICKET,
            number,
            NEW_REQUEST_ID,
            id,
            REQUESTER,
            sender,
            "<reply-by-header-1@",
            "<reply-by-header-" + run + "@");
    assertThat(byHeader.outcome()).isEqualTo(MailOutcome.COMMENT);
    assertThat(status(number)).isEqualTo("IN_PROGRESS");

    JsonNode comments = staff.get("/api/tickets/" + number).json().get("comments");
    List<String> fromRequester = new ArrayList<>();
    comments.forEach(
        c -> {
          if ("REQUESTER".equals(c.get("authorType").asText())) {
            assertThat(c.get("visibility").asText()).isEqualTo("PUBLIC");
            fromRequester.add(c.get("body").asText());
          }
        });
    assertThat(fromRequester)
        .containsExactly(
            "It still fails after the restart, now with error E-205.",
            "I am out of the office until Monday and will read your message then.",
            "The printer is the HP on the third floor, queue FIN-3.");
    assertThat(comments.get(0).get("author").asText()).isEqualTo("Zhang San <" + sender + ">");
  }

  @Test
  void aReplyFromSomeoneElseIsQuarantinedUntilAnAgentReleasesIt() {
    String sender = "zhang.san." + run + "@example.com";
    String number =
        receive(
                "new-request.eml",
                NEW_REQUEST_ID,
                "<foreign-" + run + "@x>",
                NEW_REQUEST_FROM,
                sender)
            .ticketNumber();

    MailResult stranger =
        receive(
            "reply-by-subject.eml",
            MailFixtures.FIXTURE_TICKET,
            number,
            REQUESTER,
            "someone.else." + run + "@example.com",
            "<reply-by-subject-1@",
            "<foreign-reply-" + run + "@");

    assertThat(stranger.outcome()).isEqualTo(MailOutcome.QUARANTINED);
    JsonNode held = quarantined(stranger.quarantineId());
    assertThat(held.get("reason").asText()).isEqualTo("FOREIGN_REPLY");
    assertThat(held.get("releasable").asBoolean()).isTrue();
    assertThat(held.get("sender").asText()).isEqualTo("someone.else." + run + "@example.com");

    Api.Reply released =
        mary.post("/api/mail/quarantine/" + stranger.quarantineId() + "/release", "");
    assertThat(released.status()).isEqualTo(200);
    assertThat(released.json().get("outcome").asText()).isEqualTo("COMMENT");
    assertThat(released.json().get("ticketNumber").asText()).isEqualTo(number);
    assertThat(
            mary.post("/api/mail/quarantine/" + stranger.quarantineId() + "/release", "").status())
        .isEqualTo(409);
    assertThat(mary.post("/api/mail/quarantine/999999999/release", "").status()).isEqualTo(404);
    assertThat(staff.get("/api/tickets/" + number).text()).contains("E-205");
  }

  @Test
  void anAutoReplyStormIsNeverAcknowledgedAndStopsAtTheSendersDailyLimit() {
    String robot = "noreply-" + run + "@vendor.example";
    List<MailResult> storm = new ArrayList<>();
    for (int i = 0; i <= settings.senderDailyLimit(); i++) {
      storm.add(
          receive(
              "auto-reply-storm.eml",
              "noreply@vendor.example",
              robot,
              "<storm-0@",
              "<storm-" + i + "-" + run + "@"));
    }

    assertThat(storm.subList(0, settings.senderDailyLimit()))
        .extracting(MailResult::outcome)
        .containsOnly(MailOutcome.TICKET);
    MailResult last = storm.get(settings.senderDailyLimit());
    assertThat(last.outcome()).isEqualTo(MailOutcome.QUARANTINED);
    assertThat(quarantined(last.quarantineId()).get("reason").asText()).isEqualTo("SENDER_LIMIT");

    String first = storm.get(0).ticketNumber();
    new TicketJobs(runtime, management).runDue(first);
    assertThat(staff.get("/api/notifications?ticket=" + first).text())
        .doesNotContain("TICKET_ACKNOWLEDGED");
    assertThat(staff.get("/api/tickets/" + first).text())
        .contains("no acknowledgement sent: the request came from an automatic sender");
    assertThat(mailsTo(robot)).isEmpty();

    Api.Reply released = staff.post("/api/mail/quarantine/" + last.quarantineId() + "/release", "");
    assertThat(released.json().get("outcome").asText()).isEqualTo("TICKET");
  }

  @Test
  void brokenMailIsQuarantinedAndCannotBeReleasedMailFromOurselvesIsDropped() {
    MailResult malformed = receive("malformed.eml", "<malformed-1@", "<malformed-" + run + "@");
    MailResult noSender = receive("no-sender.eml", "<no-sender-1@", "<no-sender-" + run + "@");
    MailResult ours =
        receive(
            "new-request.eml",
            NEW_REQUEST_ID,
            "<ours-" + run + "@x>",
            "\"Zhang San\" <Zhang.San@Example.com>",
            "support@ticketflow.example");

    assertThat(malformed.outcome()).isEqualTo(MailOutcome.QUARANTINED);
    JsonNode held = quarantined(malformed.quarantineId());
    assertThat(held.get("reason").asText()).isEqualTo("MALFORMED");
    assertThat(held.get("subject").asText()).isEqualTo("Broken mail");
    assertThat(held.get("releasable").asBoolean()).isFalse();
    assertThat(
            staff
                .post("/api/mail/quarantine/" + malformed.quarantineId() + "/release", "")
                .status())
        .isEqualTo(409);
    assertThat(quarantined(noSender.quarantineId()).get("reason").asText()).isEqualTo("NO_SENDER");
    assertThat(ours.outcome()).isEqualTo(MailOutcome.DROPPED);
    assertThat(receive("malformed.eml", "<malformed-1@", "<malformed-" + run + "@").outcome())
        .isEqualTo(MailOutcome.DUPLICATE);
    assertThat(Api.at(port).get("/api/mail/quarantine").status()).isEqualTo(401);
  }

  @Test
  void htmlOnlyMailBecomesATicketWithoutItsScripts() {
    MailResult result =
        receive("html-with-script.eml", "drops every hour", "drops every hour (" + run + ")");

    String description =
        staff.get("/api/tickets/" + result.ticketNumber()).json().get("description").asText();
    assertThat(description).contains("Since Monday").contains("on Windows 11");
    assertThat(description).doesNotContain("script").doesNotContain("evil").doesNotContain("<");
  }

  @Test
  void aReplyToAClosedTicketOpensALinkedFollowUpWithinTheWindowAndAFreshTicketAfterIt() {
    String requester = "li.lei." + run + "@example.com";
    String closed = closedTicketOf(requester);

    MailResult soon =
        receive(
            "reply-by-subject.eml",
            MailFixtures.FIXTURE_TICKET,
            closed,
            REQUESTER,
            requester,
            "<reply-by-subject-1@",
            "<soon-" + run + "@");
    assertThat(soon.outcome()).isEqualTo(MailOutcome.FOLLOW_UP);
    JsonNode followUp = staff.get("/api/tickets/" + soon.ticketNumber()).json();
    assertThat(followUp.get("category").asText()).isEqualTo("SYSTEM_FAULT");
    assertThat(followUp.get("subcategory").asText()).isEqualTo("LOGIN_FAILURE");
    assertThat(followUp.get("description").asText()).startsWith("Follow-up of " + closed);
    assertThat(staff.get("/api/tickets/" + closed).text()).contains("FOLLOW_UP");

    jdbc.update(
        "update app.ticket set closed_at = closed_at - interval '8 days' where number = ?", closed);
    MailResult late =
        receive(
            "reply-by-subject.eml",
            MailFixtures.FIXTURE_TICKET,
            closed,
            REQUESTER,
            requester,
            "<reply-by-subject-1@",
            "<late-" + run + "@");
    assertThat(late.outcome()).isEqualTo(MailOutcome.TICKET);
    JsonNode fresh = staff.get("/api/tickets/" + late.ticketNumber()).json();
    assertThat(fresh.get("category").asText()).isEqualTo("OPERATION_GUIDANCE");
    assertThat(fresh.get("description").asText())
        .startsWith("Refers to the earlier ticket " + closed);
  }

  @Test
  void thePollerFetchesNewMailAndMarksItSeenOnceTheTicketIsSaved() throws Exception {
    String user = "support-" + run + "@ticketflow.example";
    imap.setUser(user, user, "secret")
        .deliver(
            new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(
                    MailFixtures.read(
                        "new-request.eml",
                        NEW_REQUEST_ID,
                        "<polled-" + run + "@x>",
                        NEW_REQUEST_FROM,
                        "polled." + run + "@example.com"))));
    MailboxPoller poller =
        new MailboxPoller(
            mail,
            new MailIntakeProperties(
                "127.0.0.1",
                imap.getImap().getPort(),
                false,
                user,
                "secret",
                "INBOX",
                null,
                false,
                Duration.ofMinutes(1),
                10,
                Duration.ofSeconds(10),
                settings.maxMessageSize(),
                settings.category(),
                settings.subcategory(),
                settings.urgency(),
                settings.reopenWindow(),
                settings.senderDailyLimit()));

    assertThat(poller.poll()).isEqualTo(1);
    assertThat(poller.poll()).isZero();

    assertThat(staff.get("/api/tickets?q=" + "Cannot%20print&size=100").text())
        .contains("polled." + run + "@example.com");
    assertThat(imap.getReceivedMessages()[0].getFlags().contains(Flags.Flag.SEEN)).isTrue();
  }

  @Test
  void anAgentLogsAPhoneCallFromTasklistAndWrongAnswersComeBackAsAFormError() {
    JsonNode startable =
        mary.get(
                "/engine-rest/process-definition?maxResults=50&latestVersion=true&startableInTasklist=true"
                    + "&startablePermissionCheck=true")
            .json();
    assertThat(startable.toString()).contains("\"key\":\"log-request\"");

    Api.Reply started =
        mary.post(
            "/engine-rest/process-definition/key/log-request/submit-form",
            phoneCall("LOGIN_FAILURE", "+86 138 0013 5678"));
    assertThat(started.status()).isEqualTo(200);
    String number = started.json().get("businessKey").asText();
    assertThat(number).matches("TS\\d{8}-\\d{4,}");
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("channel").asText()).isEqualTo("PHONE");
    assertThat(ticket.get("requester").get("phone").asText()).isEqualTo("+86 138 0013 5678");
    assertThat(ticket.get("events").get(0).get("actor").asText()).isEqualTo(TestUsers.TIER1_AGENT);

    Api.Reply wrongKind =
        mary.post(
            "/engine-rest/process-definition/key/log-request/submit-form",
            phoneCall("HOW_TO", "+86 138 0013 5678"));
    assertThat(wrongKind.status()).isEqualTo(400);
    assertThat(wrongKind.json().get("message").asText())
        .contains("subcategory: HOW_TO is not a subcategory of SYSTEM_FAULT");
    Api.Reply noContact =
        mary.post(
            "/engine-rest/process-definition/key/log-request/submit-form",
            phoneCall("LOGIN_FAILURE", ""));
    assertThat(noContact.status()).isEqualTo(400);
    assertThat(noContact.text()).contains("give an email address or a phone number");
  }

  // --- helpers ------------------------------------------------------------------------------

  private MailResult receive(String fixture, String... replacements) {
    return mail.receive(MailFixtures.read(fixture, replacements), "it/" + fixture, null);
  }

  private String status(String number) {
    return staff.get("/api/tickets/" + number).json().get("status").asText();
  }

  private JsonNode quarantined(Long id) {
    JsonNode list = staff.get("/api/mail/quarantine?released=true&size=100").json();
    for (JsonNode entry : list) {
      if (entry.get("id").asLong() == id) {
        return entry;
      }
    }
    throw new AssertionError("quarantine entry " + id + " not listed: " + list);
  }

  /** A ticket of {@code requester}, resolved by tier 1 and confirmed: closed. */
  private String closedTicketOf(String requester) {
    Map<String, Object> body =
        Tickets.request("OA login fails", "SYSTEM_FAULT", "LOGIN_FAILURE", "IMPORTANT");
    @SuppressWarnings("unchecked")
    Map<String, Object> who = (Map<String, Object>) body.get("requester");
    who.put("email", requester);
    JsonNode created = staff.post("/api/tickets", body).json();
    String number = created.get("number").asText();
    String taskId = workTask(mary, number).get("id").asText();
    mary.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", TestUsers.TIER1_AGENT));
    mary.post(
        "/engine-rest/task/" + taskId + "/submit-form",
        form(Vars.OUTCOME, "RESOLVED", Vars.RESOLUTION, "Unlocked the account."));
    Api.Reply confirmed =
        Api.at(port)
            .with("X-Access-Token", created.get("accessToken").asText())
            .post("/api/portal/tickets/" + number + "/confirmation", Map.of("resolved", true));
    assertThat(confirmed.status()).isLessThan(300);
    assertThat(status(number)).isEqualTo("CLOSED");
    return number;
  }

  private static Map<String, Object> phoneCall(String subcategory, String phone) {
    return form(
        Vars.REQUESTER_NAME, "Wang Fang",
        Vars.REQUESTER_PHONE, phone,
        Vars.CHANNEL, "PHONE",
        Vars.CATEGORY, "SYSTEM_FAULT",
        Vars.SUBCATEGORY, subcategory,
        Vars.URGENCY, "IMPORTANT",
        Vars.IMPACT, "INDIVIDUAL",
        Vars.TICKET_TITLE, "Cannot log in to OA",
        Vars.TICKET_DESCRIPTION, "Account locked since 08:30 after the password change.");
  }

  private MimeMessage onlyMailTo(String address) {
    List<MimeMessage> mails = Mailbox.awaitAtLeast(smtp, 1, to(address));
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  private static java.util.function.Predicate<MimeMessage> to(String address) {
    return message -> {
      try {
        return Arrays.toString(message.getAllRecipients()).contains(address);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            message -> {
              try {
                return Arrays.toString(message.getAllRecipients()).contains(address);
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
