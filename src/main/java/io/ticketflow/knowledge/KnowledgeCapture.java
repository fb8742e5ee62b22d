package io.ticketflow.knowledge;

import io.ticketflow.search.SearchAnalysis;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns solved tickets into knowledge: links a ticket to the article it was solved with, starts the
 * review of a solution the agent marked reusable, and notices problems that keep coming back
 * without an article.
 */
@Service
public class KnowledgeCapture {

  private static final int MAX_TITLE = ArticleRules.MAX_TITLE;
  private static final int MAX_TEXT = ArticleRules.MAX_TEXT;

  private final KnowledgeService knowledge;
  private final TicketService tickets;
  private final ArticleTicketRepository links;
  private final KnowledgeCapturePort process;
  private final RecurringProblemProperties recurring;
  private final SearchAnalysis analysis;
  private final Clock clock;

  public KnowledgeCapture(
      KnowledgeService knowledge,
      TicketService tickets,
      ArticleTicketRepository links,
      KnowledgeCapturePort process,
      RecurringProblemProperties recurring,
      SearchAnalysis analysis,
      Clock clock) {
    this.knowledge = knowledge;
    this.tickets = tickets;
    this.links = links;
    this.process = process;
    this.recurring = recurring;
    this.analysis = analysis;
    this.clock = clock;
  }

  /**
   * A ticket was resolved.
   *
   * @param solvedWithArticle the article the agent solved it with, or null
   * @param reusable whether the agent proposed the solution for the knowledge base
   */
  @Transactional
  public void afterResolution(
      String ticketNumber, String solvedWithArticle, boolean reusable, String agent) {
    Ticket ticket = tickets.get(ticketNumber);
    boolean withArticle = solvedWithArticle != null && !solvedWithArticle.isBlank();
    if (withArticle) {
      knowledge.linkTicket(solvedWithArticle.strip(), ticketNumber, ArticleLinkType.SOLVED, agent);
      knowledge.recordHelped(solvedWithArticle.strip());
    }
    if (reusable) {
      captureSolution(ticket, agent);
    } else if (!withArticle) {
      captureIfRecurring(ticket);
    }
  }

  /** Drafts an article from the ticket's solution and sends it to review. */
  private void captureSolution(Ticket ticket, String agent) {
    Article draft =
        knowledge.createFromTicket(
            new ArticleContent(
                cut(ticket.getTitle(), MAX_TITLE),
                cut(ticket.getDescription(), MAX_TEXT),
                ticket.getRootCause().orElse(null),
                cut(ticket.getResolution().orElse(ticket.getTitle()), MAX_TEXT),
                null,
                ticket.getCategory(),
                ticket.getSubcategory(),
                List.of()),
            ticket.getNumber(),
            agent);
    knowledge.submitForReview(draft.getNumber(), agent);
    process.startCapture(
        draft.getNumber(),
        CaptureTrigger.REUSABLE_SOLUTION,
        ticket.getCategory(),
        ticket.getSubcategory());
  }

  /**
   * Raises a task to write an article when enough similar tickets of the subcategory were resolved
   * lately without one; they become the draft's source tickets, so they raise no second task.
   */
  private void captureIfRecurring(Ticket ticket) {
    Instant since = clock.instant().minus(recurring.window());
    Set<String> words = analysis.terms(ticket.getTitle());
    if (words.isEmpty()) {
      return;
    }
    List<Ticket> similar =
        tickets.resolvedSince(ticket.getSubcategory(), since, recurring.maxTickets()).stream()
            .filter(t -> similarity(words, analysis.terms(t.getTitle())) >= recurring.similarity())
            .toList();
    Set<String> captured =
        links.findByTicketNumberIn(similar.stream().map(Ticket::getNumber).toList()).stream()
            .map(ArticleTicket::getTicketNumber)
            .collect(Collectors.toSet());
    List<Ticket> uncaptured =
        similar.stream().filter(t -> !captured.contains(t.getNumber())).toList();
    if (uncaptured.size() < recurring.threshold()
        || uncaptured.stream().noneMatch(t -> t.getNumber().equals(ticket.getNumber()))) {
      return;
    }
    Article draft =
        knowledge.create(
            new ArticleContent(
                cut(ticket.getTitle(), MAX_TITLE),
                cut(
                    uncaptured.stream()
                        .map(t -> t.getNumber() + ": " + t.getTitle())
                        .collect(Collectors.joining("\n")),
                    MAX_TEXT),
                null,
                cut(
                    uncaptured.stream()
                        .map(
                            t -> t.getNumber() + ": " + t.getResolution().orElse("(no resolution)"))
                        .collect(Collectors.joining("\n\n")),
                    MAX_TEXT),
                null,
                ticket.getCategory(),
                ticket.getSubcategory(),
                List.of()),
            TicketService.SYSTEM_ACTOR);
    for (Ticket source : uncaptured) {
      knowledge.linkTicket(
          draft.getNumber(),
          source.getNumber(),
          ArticleLinkType.SOURCE,
          TicketService.SYSTEM_ACTOR);
    }
    process.startCapture(
        draft.getNumber(),
        CaptureTrigger.RECURRING_PROBLEM,
        ticket.getCategory(),
        ticket.getSubcategory());
  }

  /** The share of the shorter word set found in the other (overlap coefficient). */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / Math.min(a.size(), b.size());
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
