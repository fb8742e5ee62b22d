package io.ticketflow.knowledge;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an article says: a title, the symptoms a requester sees, the cause, the solution (steps),
 * how to prevent it, its classification and tags. Only title, solution and category are required.
 */
public record ArticleContent(
    String title,
    String symptoms,
    String cause,
    String solution,
    String prevention,
    Category category,
    Subcategory subcategory,
    List<String> tags) {

  /** Tags may hold nulls until checked: the rules report them, by position. */
  public ArticleContent {
    tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
  }
}
