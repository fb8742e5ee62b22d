package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.ticket.SimilarTicket;
import io.ticketflow.ticket.TicketSearch;
import io.ticketflow.ticket.TriageSuggestion;
import io.ticketflow.ticket.TriageSuggestions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tickets most like one ticket, for the agent working it: duplicates and related problems, and
 * what the resolved ones among them suggest for its triage.
 */
@RestController
@Validated
@RequestMapping("/api/tickets")
@SecurityRequirement(name = "basic")
public class SimilarTicketController {

  private final TicketSearch search;
  private final TriageSuggestions triage;

  public SimilarTicketController(TicketSearch search, TriageSuggestions triage) {
    this.search = search;
    this.triage = triage;
  }

  @Operation(
      summary =
          "Open and recently resolved or closed tickets the caller sees that are most like this"
              + " one, best first, with a score and the terms they share; the same category ranks"
              + " higher")
  @GetMapping("/{number}/similar")
  public SimilarTickets similar(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      @RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit,
      Authentication authentication,
      HttpServletRequest request) {
    return new SimilarTickets(
        number, search.similar(number, limit, Callers.of(authentication, request)));
  }

  @Operation(
      summary =
          "Category, subcategory, urgency and group voted by the resolved tickets the caller sees"
              + " that are most like this one, with a confidence (0 to 1) and the tickets that"
              + " voted; a suggestion only, nothing is changed")
  @GetMapping("/{number}/triage-suggestion")
  public TriageSuggestion triageSuggestion(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      Authentication authentication,
      HttpServletRequest request) {
    return triage.suggest(number, Callers.of(authentication, request));
  }

  /** The ticket asked about and the tickets like it, best first. */
  public record SimilarTickets(String number, List<SimilarTicket> similar) {}
}
