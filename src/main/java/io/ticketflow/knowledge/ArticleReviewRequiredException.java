package io.ticketflow.knowledge;

/** Only reviewers may change the text of a published article (it is shown to requesters). */
public class ArticleReviewRequiredException extends RuntimeException {

  public ArticleReviewRequiredException(String number) {
    super(
        "Article "
            + number
            + " is published; only reviewers may change it. Ask a reviewer, or have it retired"
            + " and rewritten as a draft.");
  }
}
