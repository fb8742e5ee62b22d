package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile calls to the engine REST API by signed-in staff, an administrator and an agent: JUEL
 * expressions in task queries (query parameters, bodies, nested or-queries, saved filters and the
 * queries that extend them), Java-serialized variables and JSON variables of classes that may not
 * be deserialized. Every expression used would create a user if the engine evaluated it, so the
 * missing user proves that nothing ran, not only that the answer was an error.
 */
@IntegrationTest
class EngineRestProbesIT {

  /** The task query's parameters that take an expression instead of a value. */
  private static final List<String> EXPRESSION_PARAMETERS =
      List.of(
          "assigneeExpression",
          "assigneeLikeExpression",
          "ownerExpression",
          "candidateUserExpression",
          "candidateGroupExpression",
          "candidateGroupsExpression",
          "involvedUserExpression",
          "dueAfterExpression",
          "dueBeforeExpression",
          "dueDateExpression",
          "followUpAfterExpression",
          "followUpBeforeExpression",
          "followUpBeforeOrNotExistentExpression",
          "createdAfterExpression",
          "createdBeforeExpression",
          "createdOnExpression",
          "updatedAfterExpression",
          "processInstanceBusinessKeyExpression",
          "processInstanceBusinessKeyLikeExpression");

  private static final AtomicInteger PROBES = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  Api admin;
  Api mary;

  @BeforeEach
  void clients() {
    admin = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
  }

  @Test
  void expressionsInTaskQueryParametersAreRefusedAndNeverEvaluated() {
    for (Api caller : List.of(admin, mary)) {
      for (String parameter : EXPRESSION_PARAMETERS) {
        String probe = probeUser();
        String query = "?" + parameter + "=" + encode(creating(probe)) + "&maxResults=10";
        assertRefused(caller.get("/engine-rest/task" + query), parameter);
        assertRefused(caller.get("/engine-rest/task/count" + query), parameter);
        assertNotCreated(probe);
      }
    }
  }

  @Test
  void expressionsInTaskQueryBodiesAreRefusedAtAnyDepth() {
    for (Api caller : List.of(admin, mary)) {
      for (String parameter : List.of("assigneeExpression", "dueAfterExpression")) {
        String probe = probeUser();
        String expression = Api.write(creating(probe));
        for (String body :
            List.of(
                "{\"" + parameter + "\":" + expression + "}",
                "{\"orQueries\":[{\"" + parameter + "\":" + expression + "}]}",
                "{\"assignee\":\"mary\",\"orQueries\":[{\"name\":\"x\"},{\""
                    + parameter
                    + "\":"
                    + expression
                    + "}]}")) {
          assertRefused(caller.post("/engine-rest/task?maxResults=10", body), body);
          assertRefused(caller.post("/engine-rest/task/count", body), body);
        }
        assertNotCreated(probe);
      }
    }
  }

  @Test
  void savedFiltersAndTheQueriesThatExtendThemRefuseExpressions() {
    String probe = probeUser();
    String expression = Api.write(creating(probe));
    Api.Reply created =
        admin.post(
            "/engine-rest/filter/create",
            "{\"resourceType\":\"Task\",\"name\":\"probe\",\"query\":{\"assignee\":\"mary\"}}");
    assertThat(created.status()).isEqualTo(200);
    String filter = "/engine-rest/filter/" + created.json().get("id").asText();
    try {
      assertRefused(
          admin.post(
              "/engine-rest/filter/create",
              "{\"resourceType\":\"Task\",\"name\":\"probe\",\"query\":{\"orQueries\":[{"
                  + "\"candidateUserExpression\":"
                  + expression
                  + "}]}}"),
          "filter create");
      assertRefused(
          admin.put(
              filter,
              "{\"resourceType\":\"Task\",\"name\":\"probe\",\"query\":{\"assigneeExpression\":"
                  + expression
                  + "}}"),
          "filter update");
      for (String extending :
          List.of(
              "{\"dueAfterExpression\":" + expression + "}",
              "{\"orQueries\":[{\"assigneeExpression\":" + expression + "}]}")) {
        assertRefused(admin.post(filter + "/list?maxResults=10", extending), extending);
        assertRefused(admin.post(filter + "/count", extending), extending);
        assertRefused(admin.post(filter + "/singleResult", extending), extending);
      }
      assertThat(admin.get(filter).json().get("query").has("assigneeExpression")).isFalse();
    } finally {
      admin.delete(filter);
    }
    // an agent extending a filter of the desk's own
    JsonNode shared = mary.get("/engine-rest/filter?resourceType=Task&maxResults=1").json();
    assertThat(shared).isNotEmpty();
    assertRefused(
        mary.post(
            "/engine-rest/filter/" + shared.get(0).get("id").asText() + "/list?maxResults=10",
            "{\"orQueries\":[{\"dueBeforeExpression\":" + expression + "}]}"),
        "agent's extending query");
    assertNotCreated(probe);
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    String instance = ticketInstance();
    Map<String, Object> serialized =
        Map.of(
            // java.lang.String "hello", serialized with ObjectOutputStream
            "value",
            "rO0ABXQABWhlbGxv",
            "type",
            "Object",
            "valueInfo",
            Map.of(
                "objectTypeName",
                "java.lang.String",
                "serializationDataFormat",
                "application/x-java-serialized-object"));
    for (Api caller : List.of(admin, mary)) {
      Api.Reply set =
          caller.post(
              "/engine-rest/process-instance/" + instance + "/variables",
              Map.of("modifications", Map.of("probe", serialized)));
      assertThat(set.status()).as(set.text()).isBetween(400, 499);
      Api.Reply put =
          caller.put("/engine-rest/process-instance/" + instance + "/variables/probe", serialized);
      assertThat(put.status()).as(put.text()).isBetween(400, 499);
    }
    Api.Reply start =
        admin.post(
            "/engine-rest/process-definition/key/log-request/start",
            Map.of("variables", Map.of("probe", serialized)));
    assertThat(start.status()).as(start.text()).isBetween(400, 499);
    assertThat(admin.get("/engine-rest/process-instance/" + instance + "/variables/probe").status())
        .isEqualTo(404);
  }

  @Test
  void jsonVariablesOfClassesNotAllowedAreNeverDeserialized() {
    String instance = ticketInstance();
    // Spring's XML application context would load (and run) a bean definition file if Jackson
    // created it from this string
    Map<String, Object> gadget =
        Map.of(
            "value",
            "\"file:/nonexistent/ticketflow-probe.xml\"",
            "type",
            "Object",
            "valueInfo",
            Map.of(
                "objectTypeName",
                "org.springframework.context.support.FileSystemXmlApplicationContext",
                "serializationDataFormat",
                "application/json"));
    String variable = "/engine-rest/process-instance/" + instance + "/variables/gadget";
    Api.Reply set = admin.put(variable, gadget);
    if (set.status() == 204) {
      Api.Reply read = admin.get(variable);
      assertThat(read.status()).as(read.text()).isEqualTo(400);
      assertThat(read.text()).contains("not whitelisted for deserialization");
      // the stored text may still be read as text
      Api.Reply raw = admin.get(variable + "?deserializeValue=false");
      assertThat(raw.status()).isEqualTo(200);
      assertThat(raw.json().get("value").asText()).contains("ticketflow-probe.xml");
    } else {
      assertThat(set.status()).as(set.text()).isBetween(400, 499);
    }
  }

  @Test
  void queriesOfSignedInUsersMustPageWithinTheLimit() {
    Api.Reply unbounded = mary.get("/engine-rest/task");
    assertThat(unbounded.status()).isEqualTo(400);
    assertThat(unbounded.text()).contains("unbound number of results");
    Api.Reply tooMany = mary.get("/engine-rest/task?firstResult=0&maxResults=2001");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.text()).contains("Max results limit of 2000 exceeded");
    assertThat(mary.get("/engine-rest/task?firstResult=0&maxResults=2000").status()).isEqualTo(200);
  }

  @Test
  void decisionInputsAreValuesNeverExpressions() {
    String probe = probeUser();
    Api.Reply result =
        admin.post(
            "/engine-rest/decision-definition/key/ticket-priority/evaluate",
            Map.of(
                "variables",
                Map.of(
                    "urgency", Map.of("value", creating(probe), "type", "String"),
                    "impact", Map.of("value", "INDIVIDUAL", "type", "String"),
                    "category", Map.of("value", "OPERATION_GUIDANCE", "type", "String"))));
    assertThat(result.status()).as(result.text()).isLessThan(500);
    assertNotCreated(probe);
  }

  @Test
  void expressionsInVariableValuesStayText() {
    String instance = ticketInstance();
    String probe = probeUser();
    String variable = "/engine-rest/process-instance/" + instance + "/variables/note";
    assertThat(admin.put(variable, Map.of("value", creating(probe), "type", "String")).status())
        .isEqualTo(204);
    assertThat(admin.get(variable).json().get("value").asText()).isEqualTo(creating(probe));
    assertNotCreated(probe);
  }

  private String ticketInstance() {
    return admin
        .post("/api/tickets", Tickets.howToQuestion())
        .json()
        .get("processInstanceId")
        .asText();
  }

  private static String probeUser() {
    return "probe" + PROBES.incrementAndGet();
  }

  /** An expression that, if evaluated, leaves a user behind. */
  private static String creating(String user) {
    return "${identityService.saveUser(identityService.newUser('" + user + "'))}";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void assertRefusedSerialization(Api.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(reply.text()).contains("Java serialization format is prohibited");
  }

  private static void assertRefused(Api.Reply reply, String what) {
    assertThat(reply.status()).as(what + ": " + reply.text()).isBetween(400, 499);
  }

  private void assertNotCreated(String user) {
    assertThat(identity.createUserQuery().userId(user).count()).as(user).isZero();
  }
}
