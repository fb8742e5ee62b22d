package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.ticketflow.support.WebappSession;
import io.ticketflow.web.TrustedProxies;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.RemoteIpValve;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * The security baseline: authentication everywhere it is due, and the two Camunda 7.24.0 CE holes
 * closed.
 */
@IntegrationTest
class SecurityIT {

  private static final String OR_QUERY_WITH_EXPRESSION =
      "{\"orQueries\":[{\"dueAfterExpression\":\"${execution.getClass()}\"}]}";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ServletWebServerApplicationContext server;
  Api anonymous;
  Api mary;

  @BeforeEach
  void clients() {
    anonymous = Api.at(port);
    mary = anonymous.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
  }

  @Test
  void onlyTheListedProxiesAreBelievedForTheClientAddress() {
    Tomcat tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
    assertThat(tomcat.getEngine().getPipeline().getValves())
        .filteredOn(RemoteIpValve.class::isInstance)
        .singleElement()
        .extracting(valve -> ((RemoteIpValve) valve).getInternalProxies())
        .isEqualTo(TrustedProxies.pattern(List.of("127.0.0.1", "::1")));
  }

  /**
   * Someone who knows a user name guesses passwords: they are slowed at their address, while the
   * user signs in from theirs. (The engine's own lockout used to refuse the user too.)
   */
  @Test
  void aPasswordGuesserIsSlowedButTheUserStillSignsIn() {
    String user = "zoe";
    if (identity.createUserQuery().userId(user).count() == 0) {
      User zoe = identity.newUser(user);
      zoe.setPassword("zoe-secret-1");
      identity.saveUser(zoe);
      identity.createMembership(user, "tier1");
    }
    Api guesser = anonymous.with("X-Forwarded-For", "198.51.100.7");
    Api desk = anonymous.with("X-Forwarded-For", "198.51.100.8");
    for (int i = 0; i < 8; i++) {
      assertThat(guesser.as(user, "guess-" + i).get("/api/tickets").status()).isEqualTo(401);
    }
    // the guesser's address now waits: even the right password is not checked there
    assertThat(guesser.as(user, "zoe-secret-1").get("/api/tickets").status()).isEqualTo(401);
    assertThat(desk.as(user, "zoe-secret-1").get("/api/tickets").status()).isEqualTo(200);
    assertThat(desk.as(user, "zoe-secret-1").get("/engine-rest/task?maxResults=5").status())
        .isEqualTo(200);
  }

  @Test
  void engineRestRefusesAnonymousAndWrongPasswords() {
    assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
    // a few wrong passwords in a row make that user wait at this address (LoginThrottle): use one
    // no other test needs
    assertThat(anonymous.as(TestUsers.TIER3_AGENT, "wrong").get("/engine-rest/task").status())
        .isEqualTo(401);
    assertThat(mary.get("/engine-rest/task?maxResults=50").status()).isEqualTo(200);
  }

  @Test
  void staffApiNeedsAUserAndSaysSoAsProblemDetails() {
    Api.Reply reply = anonymous.post("/api/tickets", Tickets.howToQuestion());
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(anonymous.get("/api/tickets").status()).isEqualTo(401);
    assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(401);
    assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
  }

  @Test
  void healthAndPortalArePublic() {
    Api.Reply health = anonymous.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(anonymous.post("/api/portal/tickets", Tickets.howToQuestion()).status())
        .isEqualTo(201);
  }

  @Test
  void webappLoginPagesAreNeverAnsweredWithABasicChallenge() {
    Api.Reply welcome = anonymous.get("/camunda-welcome");
    assertThat(welcome.status()).isEqualTo(404);
    assertThat(welcome.header("WWW-Authenticate")).isNull();
    assertThat(anonymous.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
  }

  @Test
  void openApiDescriptionIsServedToStaff() {
    Api.Reply docs = mary.get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").has("/api/tickets")).isTrue();
    assertThat(docs.json().get("paths").has("/api/portal/tickets/{number}/confirmation")).isTrue();
  }

  @Test
  void engineAuthorizationsLimitAgentsToTheirGroupsWork() {
    String number =
        Api.at(port)
            .as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
            .post("/api/tickets", Tickets.howToQuestion())
            .json()
            .get("number")
            .asText();
    assertThat(Tickets.workTask(mary, number)).isNotNull();
    assertThat(
            Tickets.workTask(
                anonymous.as(TestUsers.OPERATIONS_AGENT, TestUsers.OPERATIONS_AGENT), number))
        .isNull();
    // an agent sees their own profile only, not the other users
    JsonNode users = mary.get("/engine-rest/user?maxResults=50").json();
    assertThat(users).hasSize(1);
    assertThat(users.get(0).get("id").asText()).isEqualTo(TestUsers.TIER1_AGENT);
  }

  @Test
  void expressionInOrQueryIsRefusedThroughEngineRest() {
    Api.Reply reply = mary.post("/engine-rest/task", OR_QUERY_WITH_EXPRESSION);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text()).contains("Expressions are not allowed");
    assertThat(mary.post("/engine-rest/task/count", OR_QUERY_WITH_EXPRESSION).status())
        .isEqualTo(400);
    assertThat(
            mary.post(
                    "/engine-rest/task?maxResults=50",
                    "{\"orQueries\":[{\"nameLike\":\"%ticket%\"}]}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void expressionInOrQueryIsRefusedThroughTheWebappsEngineApi() {
    WebappSession tasklist =
        WebappSession.signIn(port, "tasklist", TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    assertThat(tasklist.get("/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);

    HttpResponse<String> query =
        tasklist.post("/api/engine/engine/default/task", OR_QUERY_WITH_EXPRESSION);
    assertThat(query.statusCode()).as(query.body()).isEqualTo(400);
    assertThat(query.body()).contains("Expressions are not allowed");
  }

  @Test
  void adminSetupEndpointIsAlwaysRefused() {
    Map<String, Object> user =
        Map.of(
            "profile",
            Map.of("id", "intruder", "firstName", "I", "lastName", "N", "email", "i@example.com"),
            "credentials",
            Map.of("password", "intruder-1"));
    Api.Reply reply = anonymous.post("/camunda/api/admin/setup/default/user/create", user);
    assertThat(reply.status()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void savedFiltersMayHoldOnlyTheAllowedRelativeTimes() {
    Api admin = anonymous.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    Api.Reply bean =
        admin.post(
            "/engine-rest/filter/create",
            "{\"resourceType\":\"Task\",\"name\":\"probe\","
                + "\"query\":{\"dueBeforeExpression\":\"${execution.getClass()}\"}}");
    assertThat(bean.status()).isEqualTo(400);
    assertThat(bean.text()).contains("Expressions are not allowed");
    Api.Reply hidden =
        admin.post(
            "/engine-rest/filter/create",
            "{\"resourceType\":\"Task\",\"name\":\"probe\",\"query\":"
                + OR_QUERY_WITH_EXPRESSION
                + "}");
    assertThat(hidden.status()).isEqualTo(400);

    Api.Reply dueSoon =
        admin.post(
            "/engine-rest/filter/create",
            "{\"resourceType\":\"Task\",\"name\":\"probe\","
                + "\"query\":{\"dueBeforeExpression\":\"${dateTime().plusHours(1)}\"}}");
    assertThat(dueSoon.status()).isEqualTo(200);
    String id = dueSoon.json().get("id").asText();
    assertThat(admin.get("/engine-rest/filter/" + id + "/count").status()).isEqualTo(200);
    assertThat(admin.delete("/engine-rest/filter/" + id).status()).isEqualTo(204);
  }
}
