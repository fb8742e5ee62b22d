package io.ticketflow.knowledge;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a knowledge article stands. Drafts go to review and from there are published or sent back;
 * reviewers may publish a draft directly; a published article is retired, and a retired one can be
 * taken up again as a draft.
 */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  RETIRED;

  /** Every status but {@link #RETIRED}: what staff see unless they ask otherwise. */
  public static Set<ArticleStatus> current() {
    return EnumSet.of(DRAFT, IN_REVIEW, PUBLISHED);
  }

  public boolean canMoveTo(ArticleStatus next) {
    return switch (this) {
      // a draft that is not wanted (rejected in review, no article needed) is retired
      case DRAFT -> next == IN_REVIEW || next == PUBLISHED || next == RETIRED;
      case IN_REVIEW -> next == PUBLISHED || next == DRAFT || next == RETIRED;
      case PUBLISHED -> next == RETIRED;
      case RETIRED -> next == DRAFT;
    };
  }

  /** A retired article is read-only until it is returned to draft. */
  public boolean isEditable() {
    return this != RETIRED;
  }
}
