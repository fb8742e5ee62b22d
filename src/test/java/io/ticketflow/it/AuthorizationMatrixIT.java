package io.ticketflow.it;

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
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what: every role against the staff API, the engine REST API and the webapps, as a
 * table of role × endpoint → status; then the ticket and note visibility between groups.
 */
@IntegrationTest
class AuthorizationMatrixIT {

  /** The roles, each as a demo user of its group (the administrator is the configured one). */
  enum Role {
    TIER1_AGENT(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT),
    OPERATIONS_AGENT(TestUsers.OPERATIONS_AGENT, TestUsers.OPERATIONS_AGENT),
    MANAGER(TestUsers.MANAGER, TestUsers.MANAGER),
    EMERGENCY_TEAM(TestUsers.EMERGENCY_AGENT, TestUsers.EMERGENCY_AGENT),
    ANALYST(TestUsers.ANALYST, TestUsers.ANALYST),
    ADMINISTRATOR(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD),
    INTEGRATION(TestUsers.INTEGRATION, TestUsers.INTEGRATION),
    /** A user in no role group, e.g. one made for scraping metrics. */
    NO_GROUP(NO_GROUP_USER, NO_GROUP_USER),
    ANONYMOUS(null, null);

    final String user;
    final String password;

    Role(String user, String password) {
      this.user = user;
      this.password = password;
    }
  }

  private static final String NO_GROUP_USER = "scraper";
  private static final String TIER1_TICKET = "{tier1}";
  private static final String OPERATIONS_TICKET = "{operations}";
  private static final String INTEGRATIONS_TICKET = "{integrations}";
  private static final Object NEW_TICKET = "new ticket";
  private static final Map<String, Object> PUBLIC_REPLY =
      Map.of("body", "We are looking into it.", "visibility", "PUBLIC");
  private static final Map<String, Object> COLLABORATION =
      Map.of("team", "development", "request", "Please check the crash dump.");
  private static final Map<String, Object> EMPTY = Map.of();

  /**
   * Expected statuses, in the order of {@link Role}: tier 1 agent, operations agent, manager,
   * emergency team, analyst, administrator, integration, a user in no group, anonymous. A write
   * with an empty body answers 400 to whoever passed the access check. Analysts write nothing, and
   * a user in no role group is refused every staff call.
   */
  private static final Object[][] MATRIX = {
    // method and path, body, then statuses: tier1 ops mgr emerg analyst admin integr none anon
    {"GET /api/tickets", null, "200 200 200 200 200 200 403 403 401"},
    {"POST /api/tickets", NEW_TICKET, "201 201 201 201 403 201 201 403 401"},
    {"GET /api/tickets/{tier1}", null, "200 404 200 200 404 200 403 403 401"},
    {"GET /api/tickets/{operations}", null, "404 200 200 200 404 200 403 403 401"},
    {"POST /api/tickets/{tier1}/comments", PUBLIC_REPLY, "201 404 201 201 403 201 404 403 401"},
    {
      "POST /api/tickets/{integrations}/comments",
      PUBLIC_REPLY,
      "201 404 201 201 403 201 201 403 401"
    },
    {
      "POST /api/tickets/{operations}/collaborations",
      COLLABORATION,
      "404 201 201 201 403 201 403 403 401"
    },
    {"GET /api/tickets/{tier1}/attachments", null, "200 404 200 200 404 200 403 403 401"},
    {"POST /api/tickets/{tier1}/merge", EMPTY, "400 404 400 400 403 400 403 403 401"},
    {"GET /api/tickets/{tier1}/links", null, "200 404 200 200 404 200 403 403 401"},
    {"POST /api/tickets/{tier1}/links", EMPTY, "400 404 400 400 403 400 403 403 401"},
    {"GET /api/tickets/{tier1}/suggestions", null, "200 404 200 200 404 200 403 403 401"},
    {"GET /api/tickets/{tier1}/similar", null, "200 404 200 200 404 200 403 403 401"},
    {"GET /api/tickets/{tier1}/triage-suggestion", null, "200 404 200 200 404 200 403 403 401"},
    {"GET /api/tickets/{tier1}/reply-templates", null, "200 404 200 200 404 200 403 403 401"},
    {"GET /api/tickets/{tier1}/personal-data", null, "403 403 200 403 403 200 403 403 401"},
    {"GET /api/notifications?ticket={operations}", null, "404 200 200 200 404 200 403 403 401"},
    {"GET /api/tickets/export?q={tier1}", null, "200 200 200 200 200 200 403 403 401"},
    {"GET /api/agents?group=tier1", null, "200 200 200 200 200 200 403 403 401"},
    {"PUT /api/agents/mary", EMPTY, "403 403 400 403 403 400 403 403 401"},
    {"GET /api/incidents", null, "200 200 200 200 200 200 403 403 401"},
    {"POST /api/incidents", EMPTY, "403 403 400 400 403 400 403 403 401"},
    {"GET /api/knowledge", null, "200 200 200 200 200 200 403 403 401"},
    {"POST /api/knowledge", EMPTY, "400 400 400 400 403 400 403 403 401"},
    {
      "POST /api/tickets/{tier1}/access-tokens/revoke", EMPTY, "200 404 200 200 403 200 403 403 401"
    },
    {"GET /api/reply-templates", null, "200 200 200 200 200 200 403 403 401"},
    {"POST /api/reply-templates", EMPTY, "403 403 400 403 403 400 403 403 401"},
    {"GET /api/ticket-templates", null, "200 200 200 200 200 200 403 403 401"},
    {"GET /api/audit", null, "403 403 200 403 403 200 403 403 401"},
    {
      "GET /api/reports/summary?from=2026-11-01&to=2026-11-30",
      null,
      "403 403 200 403 403 200 403 403 401"
    },
    {"GET /api/mail/quarantine", null, "200 200 200 200 200 200 403 403 401"},
    {"GET /engine-rest/task?maxResults=15", null, "200 200 200 200 200 200 403 403 401"},
    {"POST /engine-rest/task?maxResults=15", EMPTY, "200 200 200 200 403 200 403 403 401"},
    {"GET /engine-rest/metrics/activity-instance/sum", null, "200 200 200 200 200 200 403 403 401"},
    {"POST /engine-rest/message", EMPTY, "400 400 400 400 403 400 403 403 401"},
    {
      "GET /engine-rest/process-definition?maxResults=15",
      null,
      "200 200 200 200 200 200 403 403 401"
    },
    {
      "GET /engine-rest/history/process-instance?maxResults=15",
      null,
      "200 200 200 200 200 200 403 403 401"
    },
    {"POST /engine-rest/deployment/create", EMPTY, "403 403 403 403 403 403 403 403 401"},
    {
      "POST /camunda/api/engine/engine/default/deployment/create",
      EMPTY,
      "403 403 403 403 403 403 403 403 403"
    },
  };

  /** Which webapps each role may open (the APPLICATION authorization): Tasklist, Cockpit, Admin. */
  private static final Object[][] APPLICATIONS = {
    {Role.TIER1_AGENT, true, false, false},
    {Role.OPERATIONS_AGENT, true, false, false},
    {Role.MANAGER, true, true, false},
    {Role.EMERGENCY_TEAM, true, true, false},
    {Role.ANALYST, false, true, false},
    {Role.ADMINISTRATOR, true, true, true},
    {Role.INTEGRATION, false, false, false},
  };

  private static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin");

  /** The tickets the table reads, created once for the whole class. */
  private static Map<String, String> fixtures;

  @LocalServerPort int port;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;

  @BeforeEach
  void tickets() {
    if (identity.createUserQuery().userId(NO_GROUP_USER).count() == 0) {
      User user = identity.newUser(NO_GROUP_USER);
      user.setPassword(NO_GROUP_USER);
      identity.saveUser(user);
    }
    if (fixtures == null) {
      fixtures =
          Map.of(
              TIER1_TICKET,
              create(Role.ADMINISTRATOR, Tickets.howToQuestion()),
              OPERATIONS_TICKET,
              create(Role.ADMINISTRATOR, enterpriseOutage("Payroll server crashed")),
              // a how-to question: tier 1 works it, so tier 1 sees it too
              INTEGRATIONS_TICKET,
              create(Role.INTEGRATION, Tickets.howToQuestion()));
    }
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (Object[] row : MATRIX) {
      for (Role role : Role.values()) {
        String[] call = ((String) row[0]).split(" ", 2);
        String[] statuses = ((String) row[2]).split(" ");
        cases.add(
            Arguments.of(
                role, call[0], call[1], row[1], Integer.parseInt(statuses[role.ordinal()])));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1} {2} → {4}")
  @MethodSource("matrix")
  void roleReachesEndpoint(Role role, String method, String path, Object body, int expected) {
    Api client = client(role);
    String url = resolve(path);
    Object payload = body == NEW_TICKET ? Tickets.howToQuestion() : body;
    Api.Reply reply =
        switch (method) {
          case "GET" -> client.get(url);
          case "POST" -> client.post(url, payload);
          case "PUT" -> client.put(url, payload);
          default -> throw new IllegalArgumentException(method);
        };
    assertThat(reply.status()).as(reply.text()).isEqualTo(expected);
    if (expected >= 400 && path.startsWith("/api/")) {
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }
  }

  static Stream<Arguments> applications() {
    List<Arguments> cases = new ArrayList<>();
    for (Object[] row : APPLICATIONS) {
      for (int i = 0; i < WEBAPPS.size(); i++) {
        cases.add(Arguments.of(row[0], WEBAPPS.get(i), row[1 + i]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} opens {1}: {2}")
  @MethodSource("applications")
  void roleOpensWebapp(Role role, String application, boolean allowed) {
    assertThat(
            authorizations.isUserAuthorized(
                role.user,
                groupsOf(role.user),
                Permissions.ACCESS,
                Resources.APPLICATION,
                application))
        .isEqualTo(allowed);
  }

  @Test
  void noGroupMayDeployAtRuntimeNotEvenTheAdministrators() {
    assertThat(
            authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.DEPLOYMENT)
                .hasPermission(Permissions.CREATE)
                .count())
        .isZero();
    assertThat(
            authorizations.isUserAuthorized(
                TestUsers.ADMIN,
                groupsOf(TestUsers.ADMIN),
                Permissions.CREATE,
                Resources.DEPLOYMENT))
        .isFalse();
    Api.Reply upload =
        client(Role.ADMINISTRATOR)
            .upload("/engine-rest/deployment/create", "probe.bpmn", new byte[] {'x'});
    assertThat(upload.status()).isEqualTo(403);
    assertThat(upload.contentType()).startsWith("application/problem+json");
    String deployment =
        client(Role.ADMINISTRATOR)
            .get("/engine-rest/deployment?maxResults=15")
            .json()
            .get(0)
            .get("id")
            .asText();
    assertThat(
            client(Role.ADMINISTRATOR)
                .post("/engine-rest/deployment/" + deployment + "/redeploy", EMPTY)
                .status())
        .isEqualTo(403);
  }

  /**
   * Every spelling of a deployment change the engine REST API or the webapps' API accept is refused
   * by the application itself, even when a group holds the engine's CREATE grant: the filter, not
   * the missing grant, stops it.
   */
  @Test
  void everySpellingOfARuntimeDeploymentIsRefusedEvenWithTheEnginesGrant() {
    Api admin = client(Role.ADMINISTRATOR);
    String deployment =
        admin.get("/engine-rest/deployment?maxResults=15").json().get(0).get("id").asText();
    long deployments = admin.get("/engine-rest/deployment/count").json().get("count").asLong();
    Authorization grant =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(Groups.CAMUNDA_ADMIN)
            .resourceType(Resources.DEPLOYMENT)
            .resourceId(Authorization.ANY)
            .singleResult();
    grant.addPermission(Permissions.CREATE);
    authorizations.saveAuthorization(grant);
    try {
      List<Api.Reply> replies = new ArrayList<>();
      for (String create :
          List.of(
              "/engine-rest/deployment/create/",
              "/engine-rest/deployment/create//",
              "/engine-rest/engine/default/deployment/create",
              "/engine-rest/engine/default/deployment/create/",
              "/engine-rest/deploym%65nt/create",
              "/engine-rest/deployment/create;x=1")) {
        replies.add(admin.upload(create, "probe.bpmn", new byte[] {'x'}));
      }
      for (String redeploy :
          List.of(
              "/engine-rest/deployment/" + deployment + "/redeploy/",
              "/engine-rest/engine/default/deployment/" + deployment + "/redeploy/")) {
        replies.add(admin.post(redeploy, EMPTY));
      }
      replies.add(admin.delete("/engine-rest/deployment/" + deployment + "/"));
      replies.add(
          Api.at(port).post("/camunda/api/engine/engine/default/deployment/create/", EMPTY));
      // the firewall refuses a doubled slash and path parameters as malformed (400); the rest
      // is refused as a deployment change (403)
      assertThat(replies)
          .extracting(Api.Reply::status)
          .containsExactly(403, 400, 403, 403, 403, 400, 403, 403, 403, 403);
      assertThat(replies)
          .extracting(Api.Reply::contentType)
          .allMatch(type -> type.startsWith("application/problem+json"));
    } finally {
      grant.removePermission(Permissions.CREATE);
      authorizations.saveAuthorization(grant);
    }
    assertThat(admin.get("/engine-rest/deployment/count").json().get("count").asLong())
        .isEqualTo(deployments);
    // reading deployments stays allowed
    assertThat(admin.get("/engine-rest/deployment/" + deployment + "/").status()).isEqualTo(200);
  }

  @Test
  void analystReadsModelsAndHistoryButWorksNoTaskAndStartsNothing() {
    Api anna = client(Role.ANALYST);
    String tier1 = fixtures.get(TIER1_TICKET);

    assertThat(anna.get("/engine-rest/process-definition?key=ticket-handling&maxResults=15").json())
        .isNotEmpty();
    assertThat(anna.get("/engine-rest/decision-definition?key=ticket-routing&maxResults=15").json())
        .isNotEmpty();
    assertThat(
            anna.get(
                    "/engine-rest/history/process-instance?maxResults=15&processInstanceBusinessKey="
                        + tier1)
                .json())
        .isNotEmpty();
    assertThat(anna.get("/engine-rest/deployment?maxResults=15").json()).isNotEmpty();
    assertThat(Tickets.workTask(anna, tier1)).isNull();
    assertThat(Tickets.workTask(client(Role.TIER1_AGENT), tier1)).isNotNull();
    assertThat(anna.post("/engine-rest/process-definition/key/log-request/start", EMPTY).status())
        .isEqualTo(403);
    String deployment =
        anna.get("/engine-rest/deployment?maxResults=15").json().get(0).get("id").asText();
    assertThat(anna.delete("/engine-rest/deployment/" + deployment).status()).isEqualTo(403);
  }

  @Test
  void decisionHistoryAnalystsReadHoldsNoTitle() {
    String title = "Vault passWord of the payroll share expired for Zhang Wei";
    Map<String, Object> body = Tickets.howToQuestion();
    body.put("title", title);
    String number = create(Role.TIER1_AGENT, body);
    String instance =
        client(Role.ADMINISTRATOR)
            .get("/api/tickets/" + number)
            .json()
            .get("processInstanceId")
            .asText();

    Api.Reply history =
        client(Role.ANALYST)
            .get(
                "/engine-rest/history/decision-instance?maxResults=15&includeInputs=true&includeOutputs=true"
                    + "&processInstanceId="
                    + instance);

    assertThat(history.status()).as(history.text()).isEqualTo(200);
    assertThat(history.json()).isNotEmpty();
    assertThat(history.text()).doesNotContainIgnoringCase("payroll").doesNotContain("Zhang");
    JsonNode routing = null;
    for (JsonNode decision : history.json()) {
      if ("ticket-routing".equals(decision.get("decisionDefinitionKey").asText())) {
        routing = decision;
      }
    }
    assertThat(routing).isNotNull();
    List<String> inputs = new ArrayList<>();
    for (JsonNode input : routing.get("inputs")) {
      inputs.add(input.get("clauseName").asText() + "=" + input.get("value").asText());
    }
    assertThat(inputs).contains("Title mentions a password=true");
    assertThat(routing.get("outputs").toString()).contains("tier1");
  }

  @Test
  void integrationUserOpensTicketsAndCommentsOnItsOwnOnly() {
    Api ivan = client(Role.INTEGRATION);

    Api.Reply created = ivan.post("/api/tickets", Tickets.howToQuestion());
    assertThat(created.status()).isEqualTo(201);
    String number = created.json().get("number").asText();
    assertThat(ivan.post("/api/tickets/" + number + "/comments", PUBLIC_REPLY).status())
        .isEqualTo(201);
    assertThat(ivan.get("/api/tickets/" + number).status()).isEqualTo(403);
    assertThat(
            ivan.post("/api/tickets/" + fixtures.get(TIER1_TICKET) + "/comments", PUBLIC_REPLY)
                .status())
        .isEqualTo(404);
    assertThat(ivan.post("/api/tickets/TS20000101-9999/comments", PUBLIC_REPLY).status())
        .isEqualTo(404);
    assertThat(ivan.get("/actuator/prometheus").status()).isEqualTo(403);
  }

  @Test
  void anAgentFindsNoTicketOfAnotherGroupInTheList() {
    String title = "Storage array offline " + System.nanoTime();
    String number = create(Role.ADMINISTRATOR, enterpriseOutage(title));
    String search = "/api/tickets?q=" + title.replace(' ', '+');

    // the search ranks every ticket with any of the words; the one with all of them comes first
    assertThat(client(Role.TIER1_AGENT).get(search).json().get("items"))
        .extracting(t -> t.get("number").asText())
        .doesNotContain(number);
    assertThat(client(Role.OPERATIONS_AGENT).get(search).json().get("items"))
        .extracting(t -> t.get("number").asText())
        .first()
        .isEqualTo(number);
    assertThat(client(Role.MANAGER).get(search).json().get("items"))
        .extracting(t -> t.get("number").asText())
        .first()
        .isEqualTo(number);
    // refused exactly like a ticket that does not exist
    Api.Reply hidden = client(Role.TIER1_AGENT).get("/api/tickets/" + number);
    Api.Reply unknown = client(Role.TIER1_AGENT).get("/api/tickets/TS20000101-9999");
    assertThat(hidden.status()).isEqualTo(unknown.status()).isEqualTo(404);
    assertThat(hidden.json().get("title")).isEqualTo(unknown.json().get("title"));
  }

  @Test
  void internalNotesStayWithTheAuthorsGroupWhilePublicCommentsFollowTheTicket() {
    Api mary = client(Role.TIER1_AGENT);
    Api oscar = client(Role.OPERATIONS_AGENT);
    Api megan = client(Role.MANAGER);
    String number =
        create(
            Role.ADMINISTRATOR,
            Tickets.request(
                "Finance client crashes after password change", "SYSTEM_FAULT", "CRASH", "NORMAL"));
    assertThat(mary.post(comment(number), note("Tier 1 note: tried a reinstall")).status())
        .isEqualTo(201);
    assertThat(mary.post(comment(number), PUBLIC_REPLY).status()).isEqualTo(201);
    assertThat(oscar.get("/api/tickets/" + number).status()).isEqualTo(404);

    // tier 1 has it (the title mentions a password); a complaint moves it to operations (tier 2)
    Api.Reply complaint =
        mary.post(
            "/api/tickets/" + number + "/complaints", Map.of("reason", "Waiting since Monday"));
    assertThat(complaint.json().get("escalated").asBoolean()).isTrue();
    assertThat(oscar.post(comment(number), note("Ops note: the disk is full")).status())
        .isEqualTo(201);

    assertThat(bodies(oscar, number))
        .contains("We are looking into it.", "Ops note: the disk is full")
        .doesNotContain("Tier 1 note: tried a reinstall");
    // tier 1 handled the ticket before: it still sees it, but not the operations note
    assertThat(bodies(mary, number))
        .contains("Tier 1 note: tried a reinstall", "We are looking into it.")
        .doesNotContain("Ops note: the disk is full");
    assertThat(bodies(megan, number))
        .contains(
            "Tier 1 note: tried a reinstall",
            "We are looking into it.",
            "Ops note: the disk is full");
    // the operations work form shows the same comments as the operations agent's view
    JsonNode task = Tickets.workTask(oscar, number);
    assertThat(task).isNotNull();
    String recent =
        oscar
            .get("/engine-rest/task/" + task.get("id").asText() + "/form-variables")
            .json()
            .get(Vars.RECENT_COMMENTS)
            .get("value")
            .asText();
    assertThat(recent).contains("We are looking into it.").doesNotContain("Tier 1 note");
    assertThat(Tickets.workTask(mary, number)).isNull();
  }

  @Test
  void theRolesAreCamundaGroups() {
    assertThat(identity.createGroupQuery().groupIdIn("analysts", "integration").count())
        .isEqualTo(2);
    assertThat(groupsOf(TestUsers.ANALYST)).containsExactly("analysts");
    assertThat(groupsOf(TestUsers.INTEGRATION)).containsExactly("integration");
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private Api client(Role role) {
    Api anonymous = Api.at(port);
    return role == Role.ANONYMOUS ? anonymous : anonymous.as(role.user, role.password);
  }

  private String create(Role role, Map<String, Object> body) {
    Api.Reply created = client(role).post("/api/tickets", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("number").asText();
  }

  private static String resolve(String path) {
    String resolved = path;
    for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
      resolved = resolved.replace(fixture.getKey(), fixture.getValue());
    }
    return resolved;
  }

  /** A P1 system fault: routed past tier 1 straight to operations. */
  private static Map<String, Object> enterpriseOutage(String title) {
    Map<String, Object> body = Tickets.request(title, "SYSTEM_FAULT", "CRASH", "URGENT");
    body.put("impact", "ENTERPRISE");
    return body;
  }

  private static String comment(String number) {
    return "/api/tickets/" + number + "/comments";
  }

  private static Map<String, Object> note(String text) {
    return Map.of("body", text, "visibility", "INTERNAL");
  }

  private static List<String> bodies(Api agent, String number) {
    Api.Reply ticket = agent.get("/api/tickets/" + number);
    assertThat(ticket.status()).isEqualTo(200);
    List<String> bodies = new ArrayList<>();
    ticket.json().get("comments").forEach(c -> bodies.add(c.get("body").asText()));
    return bodies;
  }
}
