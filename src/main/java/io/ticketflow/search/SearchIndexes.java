package io.ticketflow.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search indexes from the database with the mass indexer when they are missing, were
 * written by an older mapping or another analysis, or were left by a run that did not stop cleanly
 * (the index reaches the disk within its commit interval, not at every transaction), at start-up,
 * before the application takes requests. A marker file beside the index says what wrote it; a
 * second one lives as long as the application runs. After that, Hibernate Search keeps the indexes
 * in step with every committed transaction itself.
 */
@Component
public class SearchIndexes {

  /** Raise when a change of the mapping or of the analyzers needs the index written again. */
  static final int FORMAT = 1;

  static final String MARKER = "ticketflow-index.properties";

  /** There while the application runs; found at start-up, it tells of a crash. */
  static final String RUNNING = "ticketflow-index.running";

  static final String DIRECTORY_TYPE = "hibernate.search.backend.directory.type";
  static final String IN_MEMORY = "local-heap";

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);

  private final EntityManagerFactory entityManagerFactory;
  private final SearchProperties properties;

  public SearchIndexes(EntityManagerFactory entityManagerFactory, SearchProperties properties) {
    this.entityManagerFactory = entityManagerFactory;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void rebuildIfNeeded() {
    boolean inMemory = IN_MEMORY.equals(entityManagerFactory.getProperties().get(DIRECTORY_TYPE));
    Path marker = properties.indexDirectory().resolve(MARKER);
    String expected = "format=" + FORMAT + "\nchinese=" + properties.chinese() + "\n";
    Path running = properties.indexDirectory().resolve(RUNNING);
    boolean crashed = !inMemory && Files.exists(running);
    if (inMemory || crashed || !expected.equals(read(marker))) {
      if (crashed) {
        LOG.warn("The search index was not closed cleanly by the last run; it is rebuilt");
      }
      rebuild();
    }
    if (!inMemory) {
      write(marker, expected);
      write(running, "");
    }
  }

  /** A clean stop: the backend commits what the index still holds as it closes, right after. */
  @PreDestroy
  public void stopped() {
    try {
      Files.deleteIfExists(properties.indexDirectory().resolve(RUNNING));
    } catch (IOException e) {
      LOG.warn("Cannot remove the search index's running marker; it is rebuilt at next start", e);
    }
  }

  /** Drops the indexes and writes them again from every indexed entity in the database. */
  public void rebuild() {
    long start = System.nanoTime();
    try {
      Search.mapping(entityManagerFactory)
          .scope(Object.class)
          .massIndexer()
          .dropAndCreateSchemaOnStart(true)
          .startAndWait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while rebuilding the search index", e);
    }
    LOG.info(
        "Search index rebuilt in {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
  }

  private static String read(Path marker) {
    try {
      return Files.isRegularFile(marker) ? Files.readString(marker, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      LOG.warn("Cannot read {}; the index is rebuilt", marker, e);
      return null;
    }
  }

  private static void write(Path marker, String content) {
    try {
      Files.createDirectories(Objects.requireNonNull(marker.getParent()));
      Files.writeString(marker, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + marker, e);
    }
  }
}
