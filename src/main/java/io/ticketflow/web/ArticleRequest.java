package io.ticketflow.web;

import io.ticketflow.knowledge.ArticleContent;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/knowledge} and {@code PUT /api/knowledge/{number}}. On an update,
 * {@code version} is the version the edit was made on: when the article has moved on since, the
 * answer is 409 instead of overwriting the other change. Tags are normalized (lower case, spaces as
 * hyphens) and checked by the knowledge base.
 */
public record ArticleRequest(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 20000) String symptoms,
    @Size(max = 20000) String cause,
    @NotBlank @Size(max = 20000) String solution,
    @Size(max = 20000) String prevention,
    @NotNull Category category,
    Subcategory subcategory,
    @Size(max = 20) List<String> tags,
    @Min(1) Integer version) {

  ArticleContent toContent() {
    return new ArticleContent(
        title, symptoms, cause, solution, prevention, category, subcategory, tags);
  }
}
