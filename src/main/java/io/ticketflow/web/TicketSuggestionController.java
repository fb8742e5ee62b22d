package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.knowledge.Article;
import io.ticketflow.knowledge.ArticleMatch;
import io.ticketflow.knowledge.KnowledgeService;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published knowledge articles that may solve a ticket, for the agent working it. */
@RestController
@Validated
@RequestMapping("/api/tickets")
@SecurityRequirement(name = "basic")
public class TicketSuggestionController {

  private final TicketService tickets;
  private final KnowledgeService knowledge;

  public TicketSuggestionController(TicketService tickets, KnowledgeService knowledge) {
    this.tickets = tickets;
    this.knowledge = knowledge;
  }

  @Operation(
      summary =
          "Published articles matching the ticket's title and description, best first; those of"
              + " its category and subcategory rank higher")
  @GetMapping("/{number}/suggestions")
  public List<Suggestion> suggestions(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit,
      Authentication authentication,
      HttpServletRequest request) {
    Ticket ticket = tickets.getFor(number, Callers.of(authentication, request));
    List<ArticleMatch> matches =
        knowledge.suggest(
            ticket.getTitle() + "\n" + ticket.getDescription(),
            ticket.getCategory(),
            ticket.getSubcategory(),
            limit);
    Map<String, Article> articles =
        knowledge.byNumber(matches.stream().map(ArticleMatch::number).toList());
    return matches.stream()
        .filter(m -> articles.containsKey(m.number()))
        .map(m -> Suggestion.of(m, articles.get(m.number()).getHelpedCount()))
        .toList();
  }

  /** One suggested article; {@code url} reads it in full. */
  public record Suggestion(
      String number,
      String title,
      Category category,
      Subcategory subcategory,
      double score,
      long helpedCount,
      String url) {

    static Suggestion of(ArticleMatch match, long helpedCount) {
      return new Suggestion(
          match.number(),
          match.title(),
          match.category(),
          match.subcategory(),
          match.score(),
          helpedCount,
          "/api/knowledge/" + match.number());
    }
  }
}
