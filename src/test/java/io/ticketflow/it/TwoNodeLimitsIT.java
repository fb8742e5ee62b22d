package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.TicketflowApplication;
import io.ticketflow.support.Api;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the desk on one PostgreSQL database, as behind a round-robin balancer: the portal's
 * and the login's limits hold for both together, not once per node.
 */
class TwoNodeLimitsIT {

  private static final int SUBMISSIONS = 4;
  private static final int CLIENT_FAILURES = 6;
  private static final int FREE_FAILURES = 3;

  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;
  private static List<Api> nodes;

  @BeforeAll
  static void startTwoNodes() throws IOException {
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    // the first node migrates the database, deploys and provisions; the second joins it
    first = node(true);
    second = node(false);
    nodes = List.of(Api.at(port(first)), Api.at(port(second)));
  }

  @AfterAll
  static void stopNodes() throws IOException {
    // the nodes before their database, or the engines fail to stop
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void portalSubmissionsFromOneAddressAreLimitedOnceForBothNodes() {
    String client = "203.0.113.21";
    long created =
        IntStream.range(0, 2 * SUBMISSIONS)
            .map(
                i ->
                    nodes
                        .get(i % 2)
                        .with("X-Forwarded-For", client)
                        .post("/api/portal/tickets", Tickets.howToQuestion())
                        .status())
            .filter(status -> status == 201)
            .count();
    assertThat(created).as("tickets created by both nodes together").isEqualTo(SUBMISSIONS);
    for (Api node : nodes) {
      Api.Reply refused =
          node.with("X-Forwarded-For", client).post("/api/portal/tickets", Tickets.howToQuestion());
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.header("Retry-After")).isNotBlank();
    }
    assertThat(
            nodes
                .get(1)
                .with("X-Forwarded-For", "203.0.113.22")
                .post("/api/portal/tickets", Tickets.howToQuestion())
                .status())
        .as("another address has its own allowance")
        .isEqualTo(201);
  }

  @Test
  void onePasswordAcrossManyUsersIsStoppedForBothNodesTogether() {
    String guesser = "203.0.113.31";
    for (int i = 0; i < CLIENT_FAILURES; i++) {
      assertThat(signIn(nodes.get(i % 2), guesser, "user" + i, "Winter2026!")).isEqualTo(401);
    }
    for (Api node : nodes) {
      assertThat(signIn(node, guesser, TestUsers.MANAGER, TestUsers.MANAGER))
          .as("the address's failures are spent on both nodes: even a right password waits")
          .isEqualTo(401);
    }
    assertThat(
            nodes
                .get(0)
                .with("X-Forwarded-For", "198.51.100.31")
                .as(TestUsers.MANAGER, TestUsers.MANAGER)
                .get("/api/tickets")
                .status())
        .as("the user from another address is not held up")
        .isEqualTo(200);
  }

  @Test
  void aGuesserOfOneUserWaitsOnEveryNodeWhileTheUserWorksOn() {
    String usersDesk = "198.51.100.41";
    String guesser = "203.0.113.41";
    Api user =
        nodes
            .get(0)
            .with("X-Forwarded-For", usersDesk)
            .as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    assertThat(user.get("/api/tickets").status()).isEqualTo(200);
    for (int i = 0; i < FREE_FAILURES; i++) {
      assertThat(signIn(nodes.get(i % 2), guesser, TestUsers.TIER1_AGENT, "guess-" + i))
          .isEqualTo(401);
    }
    for (Api node : nodes) {
      assertThat(signIn(node, guesser, TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT))
          .as("the guesser's address waits, the password unchecked")
          .isEqualTo(401);
    }
    assertThat(user.get("/api/tickets").status())
        .as("the user's own address still gets in")
        .isEqualTo(200);
    assertThat(signIn(nodes.get(1), usersDesk, TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT))
        .isEqualTo(200);
  }

  /** The status of a staff call from {@code client} with these credentials. */
  private static int signIn(Api node, String client, String user, String password) {
    return node.with("X-Forwarded-For", client).as(user, password).get("/api/tickets").status();
  }

  private static ConfigurableApplicationContext node(boolean firstNode) {
    return new SpringApplicationBuilder(TicketflowApplication.class)
        .profiles("postgres")
        .run(
            "--server.port=0",
            "--DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--DB_USER=postgres",
            "--DB_PASSWORD=postgres",
            "--ADMIN_USER=" + TestUsers.ADMIN,
            "--ADMIN_PASSWORD=" + TestUsers.ADMIN_PASSWORD,
            "--ticketflow.demo.enabled=" + firstNode,
            "--camunda.bpm.job-execution.enabled=false",
            "--ticketflow.portal.submissions-per-client=" + SUBMISSIONS,
            "--ticketflow.portal.submission-window=PT1H",
            "--ticketflow.login.failures-per-client=" + CLIENT_FAILURES,
            "--ticketflow.login.free-failures=" + FREE_FAILURES,
            // a wait long enough that the test never sees it run out
            "--ticketflow.login.first-delay=PT10M",
            "--ticketflow.login.max-delay=PT10M");
  }

  private static int port(ConfigurableApplicationContext node) {
    return ((ServletWebServerApplicationContext) node).getWebServer().getPort();
  }
}
