package io.ticketflow.ticket;

import io.ticketflow.search.SearchAnalysis;
import io.ticketflow.search.SearchProperties;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets found in the search index: the list's text search, ranked by relevance, and the tickets
 * most like a given one. The caller's visibility is a clause of every query, so a page holds only
 * tickets the caller may see and is full when there are enough.
 */
@Service
public class TicketSearch {

  static final float NUMBER_BOOST = 10f;
  private static final double SCORE_PRECISION = 1e4;
  private static final Set<TicketStatus> WORKED =
      EnumSet.of(
          TicketStatus.NEW,
          TicketStatus.WAITING_ASSIGNMENT,
          TicketStatus.IN_PROGRESS,
          TicketStatus.WAITING_CUSTOMER,
          TicketStatus.WAITING_CONFIRMATION);
  private static final Set<TicketStatus> FINISHED =
      EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);
  private static final Set<TicketStatus> RESOLVED =
      EnumSet.of(
          TicketStatus.RESOLVED,
          TicketStatus.WAITING_CONFIRMATION,
          TicketStatus.CLOSED,
          TicketStatus.ARCHIVED);

  private final EntityManager entityManager;
  private final TicketService tickets;
  private final TicketVisibility visibility;
  private final SearchAnalysis analysis;
  private final SearchProperties search;
  private final SimilarTicketProperties similar;
  private final Clock clock;

  public TicketSearch(
      EntityManager entityManager,
      TicketService tickets,
      TicketVisibility visibility,
      SearchAnalysis analysis,
      SearchProperties search,
      SimilarTicketProperties similar,
      Clock clock) {
    this.entityManager = entityManager;
    this.tickets = tickets;
    this.visibility = visibility;
    this.analysis = analysis;
    this.search = search;
    this.similar = similar;
    this.clock = clock;
  }

  /**
   * The tickets of the filter that the caller sees: with a text, those matching it best first (a
   * ticket number matches its ticket above all); without one, the page's order of the database.
   */
  @Transactional(readOnly = true)
  public Page<Ticket> search(TicketFilter filter, Pageable page, StaffAccess viewer) {
    String text = search.cut(filter.text());
    if (text.isEmpty()) {
      return tickets.search(filter, page, viewer);
    }
    SearchResult<Ticket> result =
        session()
            .search(Ticket.class)
            .where(
                (f, root) -> {
                  root.add(
                      f.or(
                          f.match().fields("title", "description", "requester.name").matching(text),
                          f.match()
                              .field("number")
                              .matching(text.toUpperCase(Locale.ROOT))
                              .boost(NUMBER_BOOST)));
                  root.add(visibleTo(f, viewer));
                  if (filter.status() != null) {
                    root.add(f.match().field("status").matching(filter.status()));
                  }
                  if (filter.category() != null) {
                    root.add(f.match().field("category").matching(filter.category()));
                  }
                  if (filter.priority() != null) {
                    root.add(f.match().field("priority").matching(filter.priority()));
                  }
                  if (filter.createdFrom() != null || filter.createdUntil() != null) {
                    root.add(createdBetween(f, filter.createdFrom(), filter.createdUntil()));
                  }
                })
            .sort(f -> f.score().then().field("createdAt").desc())
            .fetch((int) page.getOffset(), page.getPageSize());
    return new PageImpl<>(result.hits(), page, result.total().hitCount());
  }

  /**
   * The open tickets, and those resolved or closed lately, most like this one, that the caller
   * sees: ranked by the terms they share with its title and description, the same category higher.
   *
   * @throws TicketNotFoundException when there is no such ticket or the caller may not see it
   */
  @Transactional(readOnly = true)
  public List<SimilarTicket> similar(String number, int limit, StaffAccess viewer) {
    Ticket ticket = tickets.getFor(number, viewer);
    return like(ticket, limit, f -> visibleTo(f, viewer), true);
  }

  /**
   * The resolved (also closed or archived) tickets the caller sees that are most like this one,
   * best first: the neighbours that triage suggestions vote with.
   */
  @Transactional(readOnly = true)
  public List<Scored> resolvedLike(Ticket ticket, int k, StaffAccess viewer) {
    String text = search.cut(ticket.getTitle() + "\n" + ticket.getDescription());
    if (text.isEmpty() || k <= 0) {
      return List.of();
    }
    return session()
        .search(Ticket.class)
        .select(f -> f.composite().from(f.entity(), f.score()).as(Scored::new))
        .where(
            (f, root) -> {
              root.add(f.match().fields("title", "description").matching(text));
              root.add(f.not(f.id().matching(ticket.getId())));
              root.add(f.terms().field("status").matchingAny(RESOLVED));
              root.add(visibleTo(f, viewer));
            })
        .fetchHits(k);
  }

  /** A ticket found, with its score in this search. */
  public record Scored(Ticket ticket, float score) {}

  /** The open tickets most like this one, whoever may see them: candidates for a link. */
  @Transactional(readOnly = true)
  List<SimilarTicket> openLike(Ticket ticket, int limit) {
    return like(ticket, limit, SearchPredicateFactory::matchAll, false);
  }

  private List<SimilarTicket> like(
      Ticket ticket,
      int limit,
      Function<SearchPredicateFactory, PredicateFinalStep> scope,
      boolean latelyFinishedToo) {
    int wanted = Math.min(Math.max(limit, 0), similar.maxLimit());
    String text = search.cut(ticket.getTitle() + "\n" + ticket.getDescription());
    if (wanted == 0 || text.isEmpty()) {
      return List.of();
    }
    Instant recent = clock.instant().minus(similar.closedWithin());
    List<Scored> hits =
        session()
            .search(Ticket.class)
            .select(f -> f.composite().from(f.entity(), f.score()).as(Scored::new))
            .where(
                (f, root) -> {
                  root.add(f.match().fields("title", "description").matching(text));
                  root.add(f.not(f.id().matching(ticket.getId())));
                  PredicateFinalStep worked = f.terms().field("status").matchingAny(WORKED);
                  root.add(
                      latelyFinishedToo
                          ? f.or(
                              worked,
                              f.and(
                                  f.terms().field("status").matchingAny(FINISHED),
                                  f.or(
                                      f.range().field("resolvedAt").atLeast(recent),
                                      f.range().field("closedAt").atLeast(recent))))
                          : worked);
                  root.add(scope.apply(f));
                })
            .fetchHits(wanted * 4);
    Set<String> terms = analysis.terms(text);
    return hits.stream()
        .map(hit -> describe(ticket, hit.ticket(), hit.score(), terms))
        .sorted(Comparator.comparingDouble(SimilarTicket::score).reversed())
        .limit(wanted)
        .toList();
  }

  private SimilarTicket describe(Ticket of, Ticket other, float score, Set<String> terms) {
    boolean sameCategory = other.getCategory() == of.getCategory();
    double factor = 1;
    if (sameCategory) {
      factor *= similar.categoryBoost();
      if (other.getSubcategory() == of.getSubcategory()) {
        factor *= similar.subcategoryBoost();
      }
    }
    Set<String> theirs =
        analysis.terms(search.cut(other.getTitle() + "\n" + other.getDescription()));
    List<String> shared = terms.stream().filter(theirs::contains).toList();
    return new SimilarTicket(
        other.getNumber(),
        other.getTitle(),
        other.getStatus(),
        other.getCategory(),
        other.getSubcategory(),
        sameCategory,
        Math.round(score * factor * SCORE_PRECISION) / SCORE_PRECISION,
        terms.isEmpty() ? 0 : Math.round(shared.size() * 100.0 / terms.size()) / 100.0,
        shared.stream().limit(similar.sharedTerms()).toList());
  }

  /** The caller's visibility (TicketVisibility) as a clause of an index query. */
  private PredicateFinalStep visibleTo(SearchPredicateFactory f, StaffAccess viewer) {
    if (visibility.seesAll(viewer)) {
      return f.matchAll();
    }
    if (viewer.groups().isEmpty()) {
      return f.or(
          f.match().field("assignee").matching(viewer.user()),
          f.match().field("createdBy").matching(viewer.user()));
    }
    return f.or(
        f.terms().field("candidateGroup").matchingAny(viewer.groups()),
        f.terms().field("handlingGroups").matchingAny(viewer.groups()),
        f.match().field("assignee").matching(viewer.user()),
        f.match().field("createdBy").matching(viewer.user()));
  }

  private static PredicateFinalStep createdBetween(
      SearchPredicateFactory f, Instant from, Instant until) {
    var range = f.range().field("createdAt");
    if (from == null) {
      return range.lessThan(until);
    }
    if (until == null) {
      return range.atLeast(from);
    }
    return range.between(from, RangeBoundInclusion.INCLUDED, until, RangeBoundInclusion.EXCLUDED);
  }

  private SearchSession session() {
    return Search.session(entityManager);
  }
}
