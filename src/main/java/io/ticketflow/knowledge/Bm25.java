package io.ticketflow.knowledge;

import io.ticketflow.knowledge.ArticleSearch.RankedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BM25 over two fields (title and body, the title weighing more, as in BM25F): a term counts more
 * the rarer it is among the articles, and a field's term frequency saturates and is normalized by
 * the field's length against the average.
 */
final class Bm25 {

  /** How fast repeated terms stop adding relevance. */
  static final double K1 = 1.2;

  /** How much a field's length, against the average, discounts its terms. */
  static final double B = 0.75;

  /** A title word counts as much as two and a half body words, as 'A' against 'B' in ts_rank. */
  static final double TITLE_WEIGHT = 2.5;

  static final double BODY_WEIGHT = 1.0;

  /** An article's search text, split into tokens. */
  record Document(long id, String number, long helpedCount, List<String> title, List<String> body) {

    static Document of(
        long id, String number, long helpedCount, String searchTitle, String searchBody) {
      return new Document(id, number, helpedCount, split(searchTitle), split(searchBody));
    }

    private static List<String> split(String tokens) {
      return tokens == null || tokens.isBlank() ? List.of() : List.of(tokens.split(" "));
    }
  }

  /** The order every search result follows: score, then more helped, then lower number. */
  static final Comparator<RankedArticle> ORDER =
      Comparator.comparingDouble(RankedArticle::score)
          .reversed()
          .thenComparing(Comparator.comparingLong(RankedArticle::helpedCount).reversed())
          .thenComparing(RankedArticle::number);

  private Bm25() {}

  /**
   * Scores the candidates that contain any query term, best first.
   *
   * @param candidates every article that may contain a term (others may be among them)
   * @param collectionSize how many articles the search covers, at least the candidates
   */
  static List<RankedArticle> rank(
      List<String> terms, List<Document> candidates, long collectionSize, int limit) {
    if (candidates.isEmpty() || terms.isEmpty()) {
      return List.of();
    }
    Set<String> query = new HashSet<>(terms);
    double avgTitle = candidates.stream().mapToInt(d -> d.title().size()).average().orElse(0);
    double avgBody = candidates.stream().mapToInt(d -> d.body().size()).average().orElse(0);
    List<Map<String, Double>> weighted = new ArrayList<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (Document document : candidates) {
      Map<String, Double> frequencies = new HashMap<>();
      add(frequencies, query, document.title(), TITLE_WEIGHT, avgTitle);
      add(frequencies, query, document.body(), BODY_WEIGHT, avgBody);
      weighted.add(frequencies);
      frequencies.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }
    long n = Math.max(collectionSize, candidates.size());
    List<RankedArticle> ranked = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      double score = 0;
      for (Map.Entry<String, Double> term : weighted.get(i).entrySet()) {
        int df = documentFrequency.get(term.getKey());
        double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        double tf = term.getValue();
        score += idf * tf * (K1 + 1) / (tf + K1);
      }
      if (score > 0) {
        Document document = candidates.get(i);
        ranked.add(
            new RankedArticle(document.id(), document.number(), document.helpedCount(), score));
      }
    }
    ranked.sort(ORDER);
    return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
  }

  /** Adds one field's length-normalized, weighted frequencies of the query terms. */
  private static void add(
      Map<String, Double> frequencies,
      Set<String> query,
      List<String> field,
      double weight,
      double averageLength) {
    if (field.isEmpty()) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String token : field) {
      if (query.contains(token)) {
        counts.merge(token, 1, Integer::sum);
      }
    }
    double norm = 1 - B + B * field.size() / Math.max(averageLength, 1);
    counts.forEach((term, count) -> frequencies.merge(term, weight * count / norm, Double::sum));
  }
}
