package io.ticketflow.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.knowledge.ArticleContent;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic set of knowledge articles (English and Chinese, with overlapping words) and queries
 * with the article each should find first: the ranking tests of the Java search and of PostgreSQL
 * share it ({@code src/test/resources/knowledge/corpus.json}).
 */
public record KnowledgeCorpus(List<Entry> articles, List<Query> queries) {

  private static final String RESOURCE = "/knowledge/corpus.json";

  public static KnowledgeCorpus load() {
    try (InputStream in = KnowledgeCorpus.class.getResourceAsStream(RESOURCE)) {
      return new ObjectMapper().readValue(in, KnowledgeCorpus.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Entry article(String key) {
    return articles.stream()
        .filter(a -> a.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No corpus article " + key));
  }

  /** One article of the corpus; {@code key} names it in the queries. */
  public record Entry(
      String key,
      String title,
      String symptoms,
      String cause,
      String solution,
      String prevention,
      Category category,
      Subcategory subcategory,
      List<String> tags) {

    /** The article's content, with more tags (e.g. one that marks a test run). */
    public ArticleContent content(String... moreTags) {
      return new ArticleContent(
          title, symptoms, cause, solution, prevention, category, subcategory, tags(moreTags));
    }

    /** The article as the body of {@code POST /api/knowledge}. */
    public Map<String, Object> body(String... moreTags) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("title", title);
      body.put("symptoms", symptoms);
      body.put("cause", cause);
      body.put("solution", solution);
      body.put("prevention", prevention);
      body.put("category", category);
      body.put("subcategory", subcategory);
      body.put("tags", tags(moreTags));
      return body;
    }

    private List<String> tags(String... moreTags) {
      List<String> all = new ArrayList<>(tags);
      all.addAll(List.of(moreTags));
      return all;
    }
  }

  /** A query and the key of the article that must come first. */
  public record Query(String query, String expected) {}
}
