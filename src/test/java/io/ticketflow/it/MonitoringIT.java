package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.monitoring.OperationalGauges;
import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prometheus scrapes every metric that the shipped dashboard and alert rules use; health shows the
 * database and the engine.
 */
@IntegrationTest
class MonitoringIT {

  private static final Pattern METRIC = Pattern.compile("ticketflow_[a-z_]+");
  private static final String CREATED = "ticketflow_tickets_opened_total";
  private static final Path DASHBOARD = Path.of("docs/monitoring/grafana-dashboard.json");
  private static final Path ALERTS = Path.of("docs/monitoring/prometheus-alerts.yml");

  @LocalServerPort int port;
  @Autowired OperationalGauges gauges;
  Api anonymous;
  Api admin;

  @BeforeEach
  void clients() {
    anonymous = Api.at(port);
    admin = anonymous.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  }

  @Test
  void scrapeHasEveryMetricOfTheDashboardAndTheAlertsAndCountsCreatedTickets() throws IOException {
    double createdBefore = sum(scrape(), CREATED, "channel=\"API\"");

    Api.Reply created =
        anonymous
            .as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT)
            .post("/api/tickets", Tickets.howToQuestion());
    assertThat(created.status()).isEqualTo(201);
    gauges.refresh();

    String scrape = scrape();
    assertThat(sum(scrape, CREATED, "channel=\"API\"")).isEqualTo(createdBefore + 1);
    assertThat(sum(scrape, "ticketflow_backlog_tickets", "")).isPositive();
    assertThat(sum(scrape, "ticketflow_oldest_open_ticket_age_seconds", ""))
        .isGreaterThanOrEqualTo(0);
    Set<String> used = new TreeSet<>();
    used.addAll(names(DASHBOARD));
    used.addAll(names(ALERTS));
    assertThat(used)
        .as("metrics of the dashboard and the alert rules")
        .contains(
            CREATED,
            "ticketflow_sla_breaches_total",
            "ticketflow_timer_lateness_seconds",
            "ticketflow_backlog_tickets");
    assertThat(used).allSatisfy(name -> assertThat(exported(scrape, name)).as(name).isTrue());
  }

  @Test
  void scrapeNeedsAUser() {
    Api.Reply reply = anonymous.get("/actuator/prometheus");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void healthShowsTheDatabaseAndTheEngineToUsersOnly() {
    JsonNode health = admin.get("/actuator/health").json();
    assertThat(health.get("status").asText()).isEqualTo("UP");
    JsonNode components = health.get("components");
    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("engine").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("engine").get("details").get("schemaVersion").asText()).isNotBlank();

    Api.Reply publicHealth = anonymous.get("/actuator/health");
    assertThat(publicHealth.status()).isEqualTo(200);
    assertThat(publicHealth.json().get("status").asText()).isEqualTo("UP");
    assertThat(publicHealth.json().get("components").get("engine").has("details")).isFalse();
  }

  private String scrape() {
    Api.Reply reply = admin.get("/actuator/prometheus");
    assertThat(reply.status()).isEqualTo(200);
    return reply.text();
  }

  private static Set<String> names(Path file) throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher metric = METRIC.matcher(Files.readString(file));
    while (metric.find()) {
      names.add(metric.group());
    }
    return names;
  }

  /** Whether a series of {@code name} is in the scrape; histogram and summary parts by base. */
  private static boolean exported(String scrape, String name) {
    if (hasSeries(scrape, name)) {
      return true;
    }
    String base = name.replaceFirst("_(bucket|sum|count)$", "");
    return !base.equals(name) && scrape.contains("# TYPE " + base + " ");
  }

  private static boolean hasSeries(String scrape, String name) {
    return scrape
        .lines()
        .anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
  }

  /** The sum of the series of {@code name} whose labels contain {@code label}. */
  private static double sum(String scrape, String name, String label) {
    return scrape
        .lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> line.contains(label))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
