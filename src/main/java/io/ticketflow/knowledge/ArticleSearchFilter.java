package io.ticketflow.knowledge;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * Narrows a search or a listing; every part is optional. No statuses means any status.
 *
 * @param tag one tag, normalized like the articles' tags
 */
public record ArticleSearchFilter(
    Set<ArticleStatus> statuses, Category category, Subcategory subcategory, String tag) {

  public ArticleSearchFilter {
    statuses =
        statuses == null || statuses.isEmpty()
            ? EnumSet.allOf(ArticleStatus.class)
            : EnumSet.copyOf(statuses);
    tag = tag == null || tag.isBlank() ? null : ArticleRules.normalizeTag(tag);
  }

  /** Published articles only: what requesters and suggestions see. */
  public static ArticleSearchFilter published() {
    return new ArticleSearchFilter(EnumSet.of(ArticleStatus.PUBLISHED), null, null, null);
  }

  public static ArticleSearchFilter any() {
    return new ArticleSearchFilter(null, null, null, null);
  }

  @Override
  public Set<ArticleStatus> statuses() {
    return EnumSet.copyOf(statuses);
  }
}
