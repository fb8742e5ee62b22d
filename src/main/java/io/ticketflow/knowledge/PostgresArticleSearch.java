package io.ticketflow.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * PostgreSQL's text search over the articles' token columns with the {@code simple} configuration
 * (the tokens are normalized in Java already, CJK bigrams included): title words weigh as 'A', the
 * rest as 'B', ranked by {@code ts_rank}. The expression is the one of the GIN index {@code
 * ix_article_search} (V8), so the index serves the match.
 */
class PostgresArticleSearch implements ArticleSearch {

  static final String DOCUMENT =
      "setweight(to_tsvector('simple', a.search_title), 'A')"
          + " || setweight(to_tsvector('simple', a.search_body), 'B')";

  private final EntityManager entityManager;

  PostgresArticleSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<RankedArticle> rank(List<String> tokens, ArticleSearchFilter filter, int limit) {
    StringBuilder sql =
        new StringBuilder("select a.id, a.number, a.helped_count, ts_rank(")
            .append(DOCUMENT)
            .append(", q) as score from {h-schema}article a, to_tsquery('simple', :query) q")
            .append(" where (")
            .append(DOCUMENT)
            .append(") @@ q and a.status in (:statuses)");
    if (filter.category() != null) {
      sql.append(" and a.category = :category");
    }
    if (filter.subcategory() != null) {
      sql.append(" and a.subcategory = :subcategory");
    }
    if (filter.tag() != null) {
      sql.append(" and a.tags like :tag escape '\\'");
    }
    sql.append(" order by score desc, a.helped_count desc, a.number asc limit :limit");
    Query query =
        entityManager
            .createNativeQuery(sql.toString())
            .setParameter("query", orQuery(tokens))
            .setParameter("statuses", filter.statuses().stream().map(Enum::name).toList())
            .setParameter("limit", limit);
    if (filter.category() != null) {
      query.setParameter("category", filter.category().name());
    }
    if (filter.subcategory() != null) {
      query.setParameter("subcategory", filter.subcategory().name());
    }
    if (filter.tag() != null) {
      query.setParameter("tag", ArticleSearch.tagPattern(filter.tag()));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new RankedArticle(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).doubleValue()))
        .toList();
  }

  /**
   * The tokens as a tsquery that matches any of them. Tokens are letters and digits only, so none
   * carries tsquery syntax; each is quoted all the same.
   */
  static String orQuery(List<String> tokens) {
    StringBuilder query = new StringBuilder();
    for (String token : tokens) {
      if (!query.isEmpty()) {
        query.append(" | ");
      }
      query.append('\'').append(token.replace("'", "''")).append('\'');
    }
    return query.toString();
  }
}
