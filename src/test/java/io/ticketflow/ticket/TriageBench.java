package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The triage benchmark (bench/triage.sh): the labelled corpus (bench/relevance/triage.json) split
 * four to one; the larger part stored as resolved and closed tickets with the group that resolved
 * them, the held-out part as new tickets whose suggestion ({@link TriageSuggestions}, as {@code GET
 * /api/tickets/{number}/triage-suggestion}) is compared with their labels: accuracy of each part,
 * and coverage and accuracy at confidence thresholds. Not part of the build's tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:triage;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "ticketflow.demo.enabled=false",
      "camunda.bpm.job-execution.enabled=false"
    })
class TriageBench {

  static final int HELD_OUT_EVERY = 5;
  static final double[] THRESHOLDS = {0, 0.5, 0.6, 0.7, 0.8, 0.9};
  private static final StaffAccess MANAGER = new StaffAccess("bench", Set.of("managers"), null);

  @Autowired TriageSuggestions triage;
  @Autowired TicketRepository tickets;
  @Autowired Clock clock;

  @Test
  void measure() throws IOException {
    Path root = Path.of(System.getProperty("bench.corpus", "bench/relevance"));
    JsonNode corpus = new ObjectMapper().readTree(root.resolve("triage.json").toFile());
    Instant start = clock.instant().minus(Duration.ofDays(60));
    List<Ticket> history = new ArrayList<>();
    List<Ticket> heldOut = new ArrayList<>();
    List<JsonNode> labels = new ArrayList<>();
    int serial = 0;
    for (JsonNode entry : corpus.get("tickets")) {
      serial++;
      Instant at = start.plus(Duration.ofMinutes(serial));
      Ticket ticket = BenchTickets.of(entry, serial, at);
      if (serial % HELD_OUT_EVERY == 0) {
        heldOut.add(ticket);
        labels.add(entry);
      } else {
        ticket.routeTo(entry.get("group").asText(), 1, at);
        ticket.moveTo(TicketStatus.WAITING_ASSIGNMENT, at);
        ticket.moveTo(TicketStatus.RESOLVED, at);
        ticket.resolve("Solved as the desk does.", null, null, at);
        ticket.moveTo(TicketStatus.CLOSED, at);
        ticket.close(at);
        history.add(ticket);
      }
    }
    tickets.saveAll(history);
    tickets.saveAll(heldOut);

    int n = heldOut.size();
    int category = 0;
    int subcategory = 0;
    int urgency = 0;
    int group = 0;
    int[] covered = new int[THRESHOLDS.length];
    int[] coveredRight = new int[THRESHOLDS.length];
    for (int i = 0; i < n; i++) {
      JsonNode label = labels.get(i);
      TriageSuggestion s = triage.suggest(heldOut.get(i).getNumber(), MANAGER);
      boolean rightSubcategory =
          s.subcategory() != null
              && s.subcategory().name().equals(label.get("subcategory").asText());
      category += same(s.category(), label.get("category"));
      subcategory += rightSubcategory ? 1 : 0;
      urgency += same(s.urgency(), label.get("urgency"));
      group +=
          s.candidateGroup() != null && s.candidateGroup().equals(label.get("group").asText())
              ? 1
              : 0;
      for (int t = 0; t < THRESHOLDS.length; t++) {
        if (s.subcategory() != null && s.confidence() >= THRESHOLDS[t]) {
          covered[t]++;
          coveredRight[t] += rightSubcategory ? 1 : 0;
        }
      }
    }

    ObjectMapper json = new ObjectMapper();
    ObjectNode report = json.createObjectNode();
    report.put("history", history.size());
    report.put("heldOut", n);
    report.put("categoryAccuracy", round((double) category / n));
    report.put("subcategoryAccuracy", round((double) subcategory / n));
    report.put("urgencyAccuracy", round((double) urgency / n));
    report.put("groupAccuracy", round((double) group / n));
    ObjectNode byThreshold = report.putObject("subcategoryByConfidence");
    for (int t = 0; t < THRESHOLDS.length; t++) {
      ObjectNode at = byThreshold.putObject(String.valueOf(THRESHOLDS[t]));
      at.put("coverage", round((double) covered[t] / n));
      at.put("accuracy", covered[t] == 0 ? 0 : round((double) coveredRight[t] / covered[t]));
    }
    Path out = Path.of("target/bench");
    Files.createDirectories(out);
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("triage.json").toFile(), report);
    System.out.println("TRIAGE " + json.writeValueAsString(report));
    assertThat(n).isPositive();
  }

  private static int same(Enum<?> value, JsonNode label) {
    return value != null && value.name().equals(label.asText()) ? 1 : 0;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
