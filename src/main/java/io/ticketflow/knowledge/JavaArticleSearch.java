package io.ticketflow.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * Search for databases without a usable text search (the embedded H2 of the demo): the articles
 * whose token columns contain a query token are read and ranked in Java with {@link Bm25}.
 */
class JavaArticleSearch implements ArticleSearch {

  private final EntityManager entityManager;

  JavaArticleSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<RankedArticle> rank(List<String> tokens, ArticleSearchFilter filter, int limit) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Tuple> select = cb.createTupleQuery();
    Root<Article> article = select.from(Article.class);
    List<Predicate> where = new ArrayList<>();
    where.add(ArticleFilters.of(filter).toPredicate(article, select, cb));
    List<Predicate> anyToken = new ArrayList<>();
    for (String token : tokens) {
      // a substring may match inside a longer token; BM25 below counts whole tokens only
      anyToken.add(cb.like(article.get("searchTitle"), "%" + token + "%"));
      anyToken.add(cb.like(article.get("searchBody"), "%" + token + "%"));
    }
    where.add(cb.or(anyToken.toArray(Predicate[]::new)));
    select
        .multiselect(
            article.get("id"),
            article.get("number"),
            article.get("helpedCount"),
            article.get("searchTitle"),
            article.get("searchBody"))
        .where(where.toArray(Predicate[]::new));
    List<Bm25.Document> candidates =
        entityManager.createQuery(select).getResultList().stream()
            .map(
                row ->
                    Bm25.Document.of(
                        row.get(0, Long.class),
                        row.get(1, String.class),
                        row.get(2, Long.class),
                        row.get(3, String.class),
                        row.get(4, String.class)))
            .toList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Article> counted = count.from(Article.class);
    count
        .select(cb.count(counted))
        .where(ArticleFilters.of(filter).toPredicate(counted, count, cb));
    long collectionSize = entityManager.createQuery(count).getSingleResult();
    return Bm25.rank(tokens, candidates, collectionSize, limit);
  }
}
