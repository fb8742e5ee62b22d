package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.knowledge.ArticleContent;
import io.ticketflow.knowledge.ArticleMatch;
import io.ticketflow.knowledge.ArticleSearchFilter;
import io.ticketflow.knowledge.KnowledgeService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The relevance benchmark (bench/relevance.sh): loads the committed corpus (bench/relevance/) into
 * the application on an in-memory database, asks every query through the same service calls as
 * {@code GET /api/knowledge?q=} and {@code GET /api/tickets?q=}, and reports nDCG@5 and recall@5
 * per language. Not part of the build's tests (its name matches no test pattern).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:relevance;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "ticketflow.demo.enabled=false",
      "camunda.bpm.job-execution.enabled=false"
    })
class RelevanceBench {

  static final int K = 5;
  private static final StaffAccess MANAGER = new StaffAccess("bench", Set.of("managers"), null);

  @Autowired KnowledgeService knowledge;
  @Autowired TicketSearch tickets;
  @Autowired TicketRepository ticketRepository;
  @Autowired Clock clock;

  @Test
  void measure() throws IOException {
    Path root = Path.of(System.getProperty("bench.corpus", "bench/relevance"));
    JsonNode corpus = new ObjectMapper().readTree(root.resolve("corpus.json").toFile());
    Map<String, String> articleKeys = loadArticles(corpus.get("articles"));
    Map<String, String> ticketKeys = loadTickets(corpus.get("tickets"));
    settle();

    Map<String, Figures> figures = new LinkedHashMap<>();
    for (JsonNode query : corpus.get("queries")) {
      String lang = query.get("lang").asText();
      String text = query.get("text").asText();
      List<String> foundArticles =
          knowledge.search(text, ArticleSearchFilter.published(), K).stream()
              .map(ArticleMatch::number)
              .map(articleKeys::get)
              .toList();
      List<String> foundTickets =
          tickets
              .search(
                  new TicketFilter(null, null, null, text),
                  PageRequest.of(
                      0, K, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))),
                  MANAGER)
              .map(Ticket::getNumber)
              .map(ticketKeys::get)
              .getContent();
      figures
          .computeIfAbsent("articles-" + lang, k -> new Figures())
          .add(foundArticles, strings(query.get("articles")));
      figures
          .computeIfAbsent("tickets-" + lang, k -> new Figures())
          .add(foundTickets, strings(query.get("tickets")));
    }

    ObjectMapper json = new ObjectMapper();
    ObjectNode report = json.createObjectNode();
    report.put("search", System.getProperty("bench.label", "current"));
    report.put("articles", articleKeys.size());
    report.put("tickets", ticketKeys.size());
    report.put("queries", corpus.get("queries").size());
    figures.forEach(
        (name, f) -> {
          ObjectNode node = report.putObject(name);
          node.put("queries", f.queries);
          node.put("ndcgAt5", round(f.ndcg / f.queries));
          node.put("recallAt5", round(f.recall / f.queries));
        });
    Path out = Path.of("target/bench");
    Files.createDirectories(out);
    Path file = out.resolve("relevance-" + System.getProperty("bench.label", "current") + ".json");
    json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
    System.out.println("RELEVANCE " + json.writeValueAsString(report));
    assertThat(figures).hasSize(4);
  }

  private Map<String, String> loadArticles(JsonNode articles) {
    Map<String, String> keys = new HashMap<>();
    for (JsonNode a : articles) {
      List<String> tags = strings(a.get("tags"));
      ArticleContent content =
          new ArticleContent(
              a.get("title").asText(),
              a.get("symptoms").asText(),
              a.get("cause").asText(),
              a.get("solution").asText(),
              a.get("prevention").asText(),
              Category.valueOf(a.get("category").asText()),
              Subcategory.valueOf(a.get("subcategory").asText()),
              tags);
      String number = knowledge.create(content, "bench").getNumber();
      knowledge.publish(number, "bench");
      keys.put(number, a.get("key").asText());
    }
    return keys;
  }

  private Map<String, String> loadTickets(JsonNode list) {
    Map<String, String> keys = new HashMap<>();
    Instant start = clock.instant().minus(Duration.ofDays(30));
    int serial = 0;
    List<Ticket> batch = new ArrayList<>();
    for (JsonNode t : list) {
      serial++;
      Ticket ticket = BenchTickets.of(t, serial, start.plus(Duration.ofMinutes(serial)));
      batch.add(ticket);
      String number = ticket.getNumber();
      keys.put(number, t.get("key").asText());
    }
    ticketRepository.saveAll(batch);
    return keys;
  }

  /** Gives an index that is written after the commit time to catch up; a no-op for SQL search. */
  private static void settle() {
    try {
      Thread.sleep(Long.getLong("bench.settle-ms", 2000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** nDCG@5 (binary gains) and recall@5 (found / min(5, relevant)) summed over queries. */
  static final class Figures {
    int queries;
    double ndcg;
    double recall;

    void add(List<String> found, List<String> relevant) {
      queries++;
      double dcg = 0;
      int hits = 0;
      for (int i = 0; i < Math.min(K, found.size()); i++) {
        if (relevant.contains(found.get(i))) {
          dcg += 1 / log2(i + 2);
          hits++;
        }
      }
      double ideal = 0;
      int best = Math.min(K, relevant.size());
      for (int i = 0; i < best; i++) {
        ideal += 1 / log2(i + 2);
      }
      ndcg += best == 0 ? 0 : dcg / ideal;
      recall += best == 0 ? 0 : (double) hits / best;
    }

    private static double log2(double x) {
      return Math.log(x) / Math.log(2);
    }
  }
}
