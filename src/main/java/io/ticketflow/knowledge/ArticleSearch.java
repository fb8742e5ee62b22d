package io.ticketflow.knowledge;

import io.ticketflow.search.SearchProperties;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Full-text ranking of articles over the search index: BM25 over the title and the rest, which
 * weigh alike (a heavier title ranked worse on the relevance benchmark, bench/README.md); the
 * filter is part of the query, so every result returned is in it.
 */
@Component
class ArticleSearch {

  /** The order every search result follows: score, then more helped, then lower number. */
  static final Comparator<RankedArticle> ORDER =
      Comparator.comparingDouble(RankedArticle::score)
          .reversed()
          .thenComparing(Comparator.comparingLong(RankedArticle::helpedCount).reversed())
          .thenComparing(RankedArticle::number);

  private final EntityManager entityManager;
  private final SearchProperties properties;

  ArticleSearch(EntityManager entityManager, SearchProperties properties) {
    this.entityManager = entityManager;
    this.properties = properties;
  }

  /** The ids of the articles in the filter that share a term with the text, best first. */
  List<Hit> rank(String text, ArticleSearchFilter filter, int limit) {
    String query = properties.cut(text);
    if (query.isEmpty() || limit <= 0) {
      return List.of();
    }
    return Search.session(entityManager)
        .search(Article.class)
        .select(f -> f.composite().from(f.id(Long.class), f.score()).as(Hit::new))
        .where(
            (f, root) -> {
              root.add(f.match().fields("title", "body").matching(query));
              root.add(f.terms().field("status").matchingAny(filter.statuses()));
              if (filter.category() != null) {
                root.add(f.match().field("category").matching(filter.category()));
              }
              if (filter.subcategory() != null) {
                root.add(f.match().field("subcategory").matching(filter.subcategory()));
              }
              if (filter.tag() != null) {
                root.add(f.match().field("tag").matching(filter.tag()));
              }
            })
        .sort(f -> f.score().then().field("number"))
        .fetchHits(limit);
  }

  /** One article found: its id and its score in this search. */
  record Hit(Long id, Float score) {}

  /** One article's place in a result: enough to order and boost it. */
  record RankedArticle(long id, String number, long helpedCount, double score) {}
}
