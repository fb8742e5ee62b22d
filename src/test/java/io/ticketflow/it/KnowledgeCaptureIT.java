package io.ticketflow.it;

import static io.ticketflow.support.Tickets.form;
import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.ProcessModel.KnowledgeCapture;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Knowledge captured from the work, on PostgreSQL through the REST APIs as Tasklist uses them: a
 * solution marked reusable is reviewed and published, and the next similar ticket gets it suggested
 * and solved with it; a problem that keeps coming back raises a task to write one.
 */
@IntegrationTest
class KnowledgeCaptureIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  Api staff;
  Api mary;
  Api oscar;

  @BeforeEach
  void clients() {
    Api api = Api.at(port);
    staff = api.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = api.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    oscar = api.as(TestUsers.OPERATIONS_AGENT, TestUsers.OPERATIONS_AGENT);
  }

  @Test
  void reusableSolutionIsReviewedPublishedAndSuggestedForTheNextSimilarTicket() {
    String first =
        open(
            "Quartzline VPN client drops the tunnel every hour",
            "Since Monday the Quartzline VPN client disconnects every sixty minutes and the"
                + " tunnel has to be restarted by hand.");
    resolve(
        first,
        Vars.RESOLUTION,
        "Set the Quartzline rekey interval to 8 hours in the client profile and reconnect.",
        Vars.ROOT_CAUSE,
        "Gateway rekeys hourly; the old client profile cannot rekey in place.",
        Vars.REUSABLE_SOLUTION,
        true);

    // the draft goes to review by tier 2 of the category (operations) and tier 3, not tier 1
    JsonNode review = captureTask(oscar, KnowledgeCapture.REVIEW_ARTICLE);
    assertThat(review).isNotNull();
    assertThat(captureTask(mary, KnowledgeCapture.REVIEW_ARTICLE)).isNull();
    String article = review.get("description").asText().split(" · ")[0];
    JsonNode draft = staff.get("/api/knowledge/" + article).json();
    assertThat(draft.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(draft.get("solution").asText()).contains("rekey interval to 8 hours");
    assertThat(draft.get("cause").asText()).contains("Gateway rekeys hourly");
    assertThat(linkTypes(draft, first)).containsExactly("SOURCE");
    JsonNode reviewForm =
        oscar.get("/engine-rest/task/" + review.get("id").asText() + "/form-variables").json();
    assertThat(reviewForm.get(Vars.SOURCE_TICKETS).get("value").asText()).contains(first);

    // rework without a reason is refused; publishing with an edited title goes through
    String submit = "/engine-rest/task/" + review.get("id").asText() + "/submit-form";
    assertThat(oscar.post(submit, form(Vars.ARTICLE_DECISION, "REWORK")).status()).isEqualTo(400);
    assertThat(
            oscar
                .post(
                    submit,
                    form(
                        Vars.ARTICLE_DECISION,
                        "PUBLISH",
                        Vars.ARTICLE_TITLE,
                        "Quartzline VPN drops every hour: raise the rekey interval",
                        Vars.SYMPTOMS,
                        reviewForm.get(Vars.SYMPTOMS).get("value").asText(),
                        Vars.SOLUTION,
                        reviewForm.get(Vars.SOLUTION).get("value").asText(),
                        Vars.TAGS,
                        "vpn, quartzline"))
                .status())
        .isEqualTo(204);
    JsonNode published = staff.get("/api/knowledge/" + article).json();
    assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(published.get("title").asText()).startsWith("Quartzline VPN drops every hour");
    assertThat(published.get("publishedBy").asText()).isEqualTo(TestUsers.OPERATIONS_AGENT);
    assertThat(published.get("tags")).extracting(JsonNode::asText).contains("vpn", "quartzline");
    long helpedBefore = published.get("helpedCount").asLong();

    // the next similar ticket is suggested the article, in the API and in its work form
    String second =
        open(
            "VPN tunnel from Quartzline client disconnects hourly",
            "The Quartzline VPN disconnects every hour and I lose my remote session.");
    JsonNode suggestions = staff.get("/api/tickets/" + second + "/suggestions").json();
    assertThat(suggestions.get(0).get("number").asText()).isEqualTo(article);
    JsonNode work = workTask(staff, second);
    // as Tasklist loads a Camunda Form's variables: JSON values serialized
    JsonNode workForm =
        staff
            .get(
                "/engine-rest/task/"
                    + work.get("id").asText()
                    + "/form-variables?deserializeValues=false")
            .json();
    assertThat(workForm.get(Vars.KNOWLEDGE_SUGGESTIONS).get("value").asText())
        .startsWith(article + " · ");
    // and the ticket it came from, resolved lately, is named as a similar one, with the reason
    assertThat(workForm.get(Vars.SIMILAR_TICKETS).get("value").asText())
        .contains(first + " · ")
        .contains("shared: ")
        .contains("vpn");
    assertThat(workForm.get(Vars.ARTICLE_OPTIONS).get("type").asText()).isEqualTo("Json");
    assertThat(workForm.get(Vars.ARTICLE_OPTIONS).get("value").asText())
        .contains("\"value\":\"" + article + "\"");

    // solving it with the article links them and counts as help
    resolve(second, Vars.RESOLUTION, "Followed the article.", Vars.SOLVED_WITH_ARTICLE, article);
    JsonNode solvedWith = staff.get("/api/knowledge/" + article).json();
    assertThat(linkTypes(solvedWith, second)).containsExactly("SOLVED");
    assertThat(solvedWith.get("helpedCount").asLong()).isEqualTo(helpedBefore + 1);
  }

  @Test
  void problemThatKeepsComingBackRaisesATaskToWriteAnArticle() {
    List<String> tickets =
        List.of(
            open("Plotter Zephyr-77 driver install fails", "Setup stops at 80 percent."),
            open("Zephyr-77 plotter driver install fails again", "Same error as last week."),
            open("Driver install for Zephyr-77 plotter fails", "Error 1603 from the installer."));
    resolve(tickets.get(0), Vars.RESOLUTION, "Installed the signed driver package 4.2.");
    resolve(tickets.get(1), Vars.RESOLUTION, "Removed the old driver, installed 4.2.");
    assertThat(captureTask(oscar, KnowledgeCapture.WRITE_ARTICLE)).isNull();

    resolve(tickets.get(2), Vars.RESOLUTION, "Installed driver 4.2 as administrator.");

    JsonNode write = captureTask(oscar, KnowledgeCapture.WRITE_ARTICLE);
    assertThat(write).isNotNull();
    String article = write.get("description").asText().split(" · ")[0];
    JsonNode draft = staff.get("/api/knowledge/" + article).json();
    assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
    assertThat(draft.get("category").asText()).isEqualTo("ENVIRONMENT_CONFIGURATION");
    for (String ticket : tickets) {
      assertThat(linkTypes(draft, ticket)).containsExactly("SOURCE");
      assertThat(draft.get("solution").asText()).contains(ticket);
    }

    // deciding that no article is needed retires the draft
    String submit = "/engine-rest/task/" + write.get("id").asText() + "/submit-form";
    assertThat(
            oscar
                .post(
                    submit,
                    form(
                        Vars.ARTICLE_DECISION,
                        "NOT_NEEDED",
                        Vars.ARTICLE_NOTE,
                        "Driver 4.2 is now pushed by software distribution."))
                .status())
        .isEqualTo(204);
    assertThat(staff.get("/api/knowledge/" + article).json().get("status").asText())
        .isEqualTo("RETIRED");
  }

  /** Opens a network ticket (tier 1 queue) with its own title and description. */
  private String open(String title, String description) {
    Map<String, Object> body =
        Tickets.request(title, "ENVIRONMENT_CONFIGURATION", "DRIVER_UPDATE", "NORMAL");
    body.put("description", description);
    if (title.contains("VPN")) {
      body.put("subcategory", "NETWORK_SETTINGS");
    }
    return staff.post("/api/tickets", body).json().get("number").asText();
  }

  /** The ticket's current group resolves it through its work form. */
  private void resolve(String number, Object... answers) {
    JsonNode task = workTask(staff, number);
    Object[] variables = new Object[answers.length + 2];
    variables[0] = Vars.OUTCOME;
    variables[1] = "RESOLVED";
    System.arraycopy(answers, 0, variables, 2, answers.length);
    assertThat(
            staff
                .post(
                    "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                    form(variables))
                .status())
        .isEqualTo(204);
    new TicketJobs(runtime, management).runDue(number);
  }

  /** The open capture task at {@code activity} the user sees, newest first, or null. */
  private static JsonNode captureTask(Api user, String activity) {
    JsonNode tasks =
        user.get(
                "/engine-rest/task?maxResults=50&processDefinitionKey="
                    + KnowledgeCapture.KEY
                    + "&taskDefinitionKey="
                    + activity
                    + "&sortBy=created&sortOrder=desc")
            .json();
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  private static List<String> linkTypes(JsonNode article, String ticket) {
    return StreamSupport.stream(article.get("links").spliterator(), false)
        .filter(link -> link.get("ticketNumber").asText().equals(ticket))
        .map(link -> link.get("type").asText())
        .toList();
  }
}
