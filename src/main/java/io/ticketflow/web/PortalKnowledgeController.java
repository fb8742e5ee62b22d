package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.ticketflow.knowledge.Article;
import io.ticketflow.knowledge.ArticleMatch;
import io.ticketflow.knowledge.ArticleSearchFilter;
import io.ticketflow.knowledge.ArticleStatus;
import io.ticketflow.knowledge.KnowledgeArticleNotFoundException;
import io.ticketflow.knowledge.KnowledgeService;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-service for requesters, without a login: search and read published articles, and say that
 * one helped, or even solved the problem so that no ticket is needed. Anything not published is
 * "not found"; no staff names and no tickets are shown. Calls are limited per client address
 * ({@link PortalKnowledgeLimitFilter}).
 */
@RestController
@Validated
@RequestMapping("/api/portal/knowledge")
public class PortalKnowledgeController {

  private final KnowledgeService knowledge;
  private final ZoneId zone;

  public PortalKnowledgeController(KnowledgeService knowledge, TicketProperties properties) {
    this.knowledge = knowledge;
    this.zone = properties.zone();
  }

  @Operation(
      summary =
          "Published articles for what the requester wrote, best first; articles of the given"
              + " category and subcategory rank higher. Without q, the most helpful ones of the"
              + " category")
  @GetMapping
  public List<PortalArticleSummary> search(
      @RequestParam(required = false) @Size(max = 1000) String q,
      @RequestParam(required = false) Category category,
      @RequestParam(required = false) Subcategory subcategory,
      @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit) {
    if (q == null || q.isBlank()) {
      PageRequest mostHelpful =
          PageRequest.of(
              0,
              limit,
              Sort.by(
                  Sort.Order.desc("helpedCount"),
                  Sort.Order.desc("publishedAt"),
                  Sort.Order.asc("number")));
      return knowledge
          .list(
              new ArticleSearchFilter(
                  EnumSet.of(ArticleStatus.PUBLISHED), category, subcategory, null),
              mostHelpful)
          .map(a -> PortalArticleSummary.of(a, null))
          .getContent();
    }
    List<ArticleMatch> matches = knowledge.suggest(q, category, subcategory, limit);
    Map<String, Article> articles =
        knowledge.byNumber(matches.stream().map(ArticleMatch::number).toList());
    return matches.stream()
        .filter(m -> articles.containsKey(m.number()))
        .map(m -> PortalArticleSummary.of(articles.get(m.number()), m.score()))
        .toList();
  }

  @Operation(summary = "Read a published article; counts a view")
  @GetMapping("/{number}")
  public PortalArticleView get(@PathVariable String number) {
    guard(number);
    Article article = knowledge.getPublished(number);
    knowledge.recordView(number);
    return PortalArticleView.of(article, zone);
  }

  @Operation(
      summary =
          "Say that the article helped; with avoidedTicket, that it solved the problem and no"
              + " ticket is needed")
  @PostMapping("/{number}/helped")
  public ResponseEntity<Void> helped(
      @PathVariable String number, @RequestBody(required = false) HelpedRequest request) {
    guard(number);
    knowledge.getPublished(number);
    if (request != null && Boolean.TRUE.equals(request.avoidedTicket())) {
      knowledge.recordDeflection(number);
    } else {
      knowledge.recordHelped(number);
    }
    return ResponseEntity.noContent().build();
  }

  /** Malformed numbers get the same answer as unknown ones. */
  private static void guard(String number) {
    if (number == null || !number.matches(KnowledgeController.NUMBER_PATTERN)) {
      throw new KnowledgeArticleNotFoundException(number);
    }
  }

  /** A published article in a list of the portal. */
  public record PortalArticleSummary(
      String number,
      String title,
      Category category,
      Subcategory subcategory,
      List<String> tags,
      long helpedCount,
      Double score) {

    static PortalArticleSummary of(Article a, Double score) {
      return new PortalArticleSummary(
          a.getNumber(),
          a.getTitle(),
          a.getCategory(),
          a.getSubcategory().orElse(null),
          a.getTags(),
          a.getHelpedCount(),
          score);
    }
  }

  /** A published article as requesters read it: the text, no staff names, no tickets. */
  public record PortalArticleView(
      String number,
      String title,
      String symptoms,
      String cause,
      String solution,
      String prevention,
      Category category,
      Subcategory subcategory,
      List<String> tags,
      long helpedCount,
      OffsetDateTime updatedAt) {

    static PortalArticleView of(Article a, ZoneId zone) {
      return new PortalArticleView(
          a.getNumber(),
          a.getTitle(),
          a.getSymptoms().orElse(null),
          a.getCause().orElse(null),
          a.getSolution(),
          a.getPrevention().orElse(null),
          a.getCategory(),
          a.getSubcategory().orElse(null),
          a.getTags(),
          a.getHelpedCount(),
          ArticleResponse.at(a.getUpdatedAt(), zone));
    }
  }
}
