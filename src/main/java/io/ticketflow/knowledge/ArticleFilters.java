package io.ticketflow.knowledge;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** An {@link ArticleSearchFilter} as a JPA condition, for listings. */
final class ArticleFilters {

  private ArticleFilters() {}

  static Specification<Article> of(ArticleSearchFilter filter) {
    return (article, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(article.get("status").in(filter.statuses()));
      if (filter.category() != null) {
        where.add(cb.equal(article.get("category"), filter.category()));
      }
      if (filter.subcategory() != null) {
        where.add(cb.equal(article.get("subcategory"), filter.subcategory()));
      }
      if (filter.tag() != null) {
        where.add(cb.like(article.get("tags"), tagPattern(filter.tag()), '\\'));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** The LIKE pattern that finds one tag among an article's stored tags. */
  static String tagPattern(String tag) {
    String escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + Article.TAG_DELIMITER + escaped + Article.TAG_DELIMITER + "%";
  }
}
