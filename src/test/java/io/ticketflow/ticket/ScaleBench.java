package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.search.SearchIndexes;
import io.ticketflow.search.SearchProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The search at scale (bench/scale.sh): {@code bench.tickets} tickets (100,000 by default) made
 * from the labelled corpus's texts with varied words, stored, indexed on disk from scratch with the
 * mass indexer (timed), then the relevance queries through the ticket search and similar tickets of
 * sample tickets, each timed (p50, p95). Reports the index size per ticket. A speed benchmark: run
 * it on an otherwise idle machine. Not part of the build's tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scale;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "ticketflow.demo.enabled=false",
      "camunda.bpm.job-execution.enabled=false",
      "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
      "spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false",
      "ticketflow.search.data-directory=target/bench/scale-data"
    })
class ScaleBench {

  private static final StaffAccess MANAGER = new StaffAccess("bench", Set.of("managers"), null);
  private static final int BATCH = 1000;

  @Autowired TicketRepository tickets;
  @Autowired TicketSearch search;
  @Autowired SearchIndexes indexes;
  @Autowired SearchProperties properties;
  @Autowired Clock clock;

  @Test
  void measure() throws IOException {
    int count = Integer.getInteger("bench.tickets", 100_000);
    int samples = Integer.getInteger("bench.samples", 200);
    Path root = Path.of(System.getProperty("bench.corpus", "bench/relevance"));
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> texts = new ArrayList<>();
    json.readTree(root.resolve("triage.json").toFile()).get("tickets").forEach(texts::add);
    List<String> queries = new ArrayList<>();
    json.readTree(root.resolve("corpus.json").toFile())
        .get("queries")
        .forEach(q -> queries.add(q.get("text").asText()));

    Random random = new Random(20261208);
    Instant start = clock.instant().minus(Duration.ofDays(365));
    List<String> numbers = new ArrayList<>();
    List<Ticket> batch = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      JsonNode text = texts.get(random.nextInt(texts.size()));
      Ticket ticket = BenchTickets.of(text, i, start.plus(Duration.ofSeconds(i * 60L)));
      batch.add(ticket);
      if (batch.size() == BATCH || i == count) {
        tickets.saveAll(batch).forEach(t -> numbers.add(t.getNumber()));
        batch.clear();
      }
    }

    long rebuildStart = System.nanoTime();
    indexes.rebuild();
    double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
    long indexBytes = size(properties.indexDirectory().resolve("ticket"));

    long[] searchNanos = new long[samples];
    long[] similarNanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      String q = queries.get(i % queries.size());
      long t0 = System.nanoTime();
      search.search(
          new TicketFilter(null, null, null, q),
          PageRequest.of(0, 20, Sort.by(Sort.Order.desc("createdAt"))),
          MANAGER);
      searchNanos[i] = System.nanoTime() - t0;
      String number = numbers.get(random.nextInt(numbers.size()));
      long t1 = System.nanoTime();
      search.similar(number, 5, MANAGER);
      similarNanos[i] = System.nanoTime() - t1;
    }

    ObjectNode report = json.createObjectNode();
    report.put("tickets", count);
    report.put("rebuildSeconds", Math.round(rebuildSeconds * 10) / 10.0);
    report.put("indexBytesPerTicket", indexBytes / count);
    report.put("searchP50Ms", percentile(searchNanos, 50));
    report.put("searchP95Ms", percentile(searchNanos, 95));
    report.put("similarP50Ms", percentile(similarNanos, 50));
    report.put("similarP95Ms", percentile(similarNanos, 95));
    Path out = Path.of("target/bench");
    Files.createDirectories(out);
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("scale.json").toFile(), report);
    System.out.println("SCALE " + json.writeValueAsString(report));
    assertThat(indexBytes).isPositive();
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return Math.round(sorted[Math.max(index, 0)] / 1e4) / 100.0;
  }

  private static long size(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(ScaleBench::length).sum();
    }
  }

  private static long length(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
