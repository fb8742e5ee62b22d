package io.ticketflow.knowledge;

import java.util.List;

/**
 * Full-text ranking of articles, chosen by the database at start-up: PostgreSQL's text search, or
 * BM25 computed in Java on the embedded database.
 */
interface ArticleSearch {

  /**
   * Articles in the filter that contain any of the tokens, best first (ties: more helped, then
   * lower number).
   *
   * @param tokens distinct tokens made by {@link SearchTokens}, not empty
   */
  List<RankedArticle> rank(List<String> tokens, ArticleSearchFilter filter, int limit);

  /** One article's place in a result: enough to order and boost it without loading it. */
  record RankedArticle(long id, String number, long helpedCount, double score) {}

  /** The LIKE pattern that finds one tag among an article's stored tags. */
  static String tagPattern(String tag) {
    String escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + Article.TAG_DELIMITER + escaped + Article.TAG_DELIMITER + "%";
  }
}
