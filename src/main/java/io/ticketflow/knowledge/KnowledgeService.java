package io.ticketflow.knowledge;

import io.ticketflow.knowledge.ArticleSearch.Hit;
import io.ticketflow.knowledge.ArticleSearch.RankedArticle;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketNotFoundException;
import io.ticketflow.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base: articles written (often from a ticket), reviewed and published, with every
 * version of their text kept; the tickets they came from and solved; relevance-ranked search for
 * staff, suggestions for a ticket, and the counters of self-service (views, "this helped",
 * deflected tickets).
 */
@Service
public class KnowledgeService {

  /** Suggestions rank at least this many candidates before boosting the ticket's category. */
  static final int SUGGESTION_POOL = 50;

  static final int MAX_ACTOR = 200;

  private static final double SCORE_PRECISION = 1e6;

  private final ArticleRepository articles;
  private final ArticleVersionRepository versions;
  private final ArticleTicketRepository links;
  private final ArticleDeflectionRepository deflections;
  private final ArticleNumbers numbers;
  private final ArticleSearch search;
  private final TicketRepository tickets;
  private final KnowledgeProperties properties;
  private final Clock clock;

  public KnowledgeService(
      ArticleRepository articles,
      ArticleVersionRepository versions,
      ArticleTicketRepository links,
      ArticleDeflectionRepository deflections,
      ArticleNumbers numbers,
      ArticleSearch search,
      TicketRepository tickets,
      KnowledgeProperties properties,
      Clock clock) {
    this.articles = articles;
    this.versions = versions;
    this.links = links;
    this.deflections = deflections;
    this.numbers = numbers;
    this.search = search;
    this.tickets = tickets;
    this.properties = properties;
    this.clock = clock;
  }

  // --- writing -------------------------------------------------------------------------------

  /** A new draft, version 1. */
  @Transactional
  public Article create(ArticleContent content, String actor) {
    ArticleContent checked = ArticleRules.check(content);
    String author = requireActor(actor);
    Instant now = clock.instant();
    Article article = articles.save(new Article(numbers.next(), checked, author, now));
    versions.save(new ArticleVersion(article, author, now));
    return article;
  }

  /** A new draft written from a ticket, linked to it as its source. */
  @Transactional
  public Article createFromTicket(ArticleContent content, String sourceTicketNumber, String actor) {
    ArticleContent checked = ArticleRules.check(content);
    String ticket = existingTicket(sourceTicketNumber);
    Article article = create(checked, actor);
    links.save(
        new ArticleTicket(
            article.getId(), ticket, ArticleLinkType.SOURCE, requireActor(actor), clock.instant()));
    return article;
  }

  /**
   * Replaces the text as a new version, for callers that may change any article that is not retired
   * (processes, reviewers).
   */
  @Transactional
  public Article update(String number, ArticleContent content, String actor) {
    return update(number, content, null, actor, true);
  }

  /**
   * Replaces the text as a new version; the same text again changes nothing.
   *
   * @param expectedVersion the version the edit was made on, or null not to check
   * @param mayEditPublished whether the editor may change a published article (a reviewer)
   * @throws IllegalArticleStateException for a retired article
   * @throws ArticleReviewRequiredException for a published article and a non-reviewer
   * @throws StaleArticleVersionException when the article has a newer version than expected
   */
  @Transactional
  public Article update(
      String number,
      ArticleContent content,
      Integer expectedVersion,
      String actor,
      boolean mayEditPublished) {
    Article article = get(number);
    if (!article.getStatus().isEditable()) {
      throw new IllegalArticleStateException(
          "Article " + number + " is retired; return it to draft before editing it.");
    }
    if (article.getStatus() == ArticleStatus.PUBLISHED && !mayEditPublished) {
      throw new ArticleReviewRequiredException(number);
    }
    if (expectedVersion != null && expectedVersion != article.getVersion()) {
      throw new StaleArticleVersionException(number, expectedVersion, article.getVersion());
    }
    ArticleContent checked = ArticleRules.check(content);
    String author = requireActor(actor);
    if (checked.equals(article.content())) {
      return article;
    }
    Instant now = clock.instant();
    article.revise(checked, author, now);
    articles.saveAndFlush(article);
    versions.save(new ArticleVersion(article, author, now));
    return article;
  }

  @Transactional
  public Article submitForReview(String number, String actor) {
    return move(number, ArticleStatus.IN_REVIEW, actor);
  }

  /** Publishes a draft or an article in review: requesters and suggestions see it from now on. */
  @Transactional
  public Article publish(String number, String actor) {
    return move(number, ArticleStatus.PUBLISHED, actor);
  }

  @Transactional
  public Article retire(String number, String actor) {
    return move(number, ArticleStatus.RETIRED, actor);
  }

  /** Sends an article in review back to its author, or takes a retired one up again. */
  @Transactional
  public Article returnToDraft(String number, String actor) {
    return move(number, ArticleStatus.DRAFT, actor);
  }

  /** Links a ticket to the article; linking it again the same way changes nothing. */
  @Transactional
  public void linkTicket(String number, String ticketNumber, ArticleLinkType type, String actor) {
    if (type == null) {
      throw new InvalidArticleException(List.of(new FieldError("type", "must not be null")));
    }
    String author = requireActor(actor);
    // the lock serializes linkers of one article: a repeated link is seen, never inserted twice
    Article article =
        articles
            .lockByNumber(number)
            .orElseThrow(() -> new KnowledgeArticleNotFoundException(number));
    String ticket = existingTicket(ticketNumber);
    if (!links.existsByArticleIdAndTicketNumberAndType(article.getId(), ticket, type)) {
      links.save(new ArticleTicket(article.getId(), ticket, type, author, clock.instant()));
    }
  }

  @Transactional
  public void recordView(String number) {
    if (articles.countView(number) == 0) {
      throw new KnowledgeArticleNotFoundException(number);
    }
  }

  /** Someone (an agent, a requester) found the article helpful. */
  @Transactional
  public void recordHelped(String number) {
    if (articles.countHelped(number) == 0) {
      throw new KnowledgeArticleNotFoundException(number);
    }
  }

  /** A requester solved the problem with the article and needed no ticket; it also helped. */
  @Transactional
  public void recordDeflection(String number) {
    Article article = get(number);
    deflections.save(new ArticleDeflection(article.getId(), clock.instant()));
    articles.countHelped(number);
  }

  // --- reading -------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Article get(String number) {
    return articles
        .findByNumber(number)
        .orElseThrow(() -> new KnowledgeArticleNotFoundException(number));
  }

  /** The article if it is published; anything else is "not found" to requesters. */
  @Transactional(readOnly = true)
  public Article getPublished(String number) {
    return articles
        .findByNumber(number)
        .filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
        .orElseThrow(() -> new KnowledgeArticleNotFoundException(number));
  }

  /** How many articles there are, in any status. */
  @Transactional(readOnly = true)
  public long count() {
    return articles.count();
  }

  /** Articles in the filter, in the page's order (no ranking). */
  @Transactional(readOnly = true)
  public Page<Article> list(ArticleSearchFilter filter, Pageable page) {
    return articles.findAll(ArticleFilters.of(filter), page);
  }

  /** The articles of these numbers that exist, by number. */
  @Transactional(readOnly = true)
  public Map<String, Article> byNumber(List<String> numbers) {
    return articles.findByNumberIn(numbers).stream()
        .collect(Collectors.toMap(Article::getNumber, Function.identity()));
  }

  /**
   * Relevance-ranked full-text search: the articles in the filter that contain any word of the
   * query, the best first (BM25 over the index); ties go to the article that helped more often,
   * then to the lower number.
   *
   * @param limit at most this many (and never more than {@code ticketflow.knowledge.max-results})
   * @return nothing for a query without searchable words
   */
  @Transactional(readOnly = true)
  public List<ArticleMatch> search(String query, ArticleSearchFilter filter, int limit) {
    return find(query, filter, Math.min(limit, properties.maxResults())).stream()
        .map(Found::match)
        .toList();
  }

  /**
   * Published articles for a ticket's text: ranked as {@link #search}, then those of the ticket's
   * category, and more so of its subcategory, move up by the configured factors.
   */
  @Transactional(readOnly = true)
  public List<ArticleMatch> suggest(
      String text, Category category, Subcategory subcategory, int limit) {
    int pool = Math.min(Math.max(limit * 4, SUGGESTION_POOL), properties.maxResults());
    return find(text, ArticleSearchFilter.published(), limit <= 0 ? 0 : pool).stream()
        .map(found -> found.boosted(boost(found.article(), category, subcategory)))
        .sorted(Comparator.comparing(Found::rank, ArticleSearch.ORDER))
        .limit(Math.max(limit, 0))
        .map(Found::match)
        .toList();
  }

  /** The tickets the article is recorded to have solved, in the order they were linked. */
  @Transactional(readOnly = true)
  public List<String> ticketsSolvedBy(String number) {
    return links
        .findByArticleIdAndTypeOrderByLinkedAtAscIdAsc(get(number).getId(), ArticleLinkType.SOLVED)
        .stream()
        .map(ArticleTicket::getTicketNumber)
        .toList();
  }

  @Transactional(readOnly = true)
  public List<ArticleTicket> links(Article article) {
    return links.findByArticleIdOrderByLinkedAtAscIdAsc(article.getId());
  }

  /** Every version of the article's text, the newest first. */
  @Transactional(readOnly = true)
  public List<ArticleVersion> versions(String number) {
    return versions.findByArticleIdOrderByVersionDesc(get(number).getId());
  }

  /** How often requesters needed no ticket thanks to the article. */
  @Transactional(readOnly = true)
  public long deflections(Article article) {
    return deflections.countByArticleId(article.getId());
  }

  // --- internals -----------------------------------------------------------------------------

  private Article move(String number, ArticleStatus next, String actor) {
    String author = requireActor(actor);
    Article article = get(number);
    if (!article.getStatus().canMoveTo(next)) {
      throw new IllegalArticleStateException(
          "Article " + number + " is " + article.getStatus() + " and cannot move to " + next + ".");
    }
    article.moveTo(next, author, clock.instant());
    return articles.saveAndFlush(article);
  }

  /** The articles ranked for the text, in their order; nothing for a text without words. */
  private List<Found> find(String text, ArticleSearchFilter filter, int limit) {
    List<Hit> hits = search.rank(text, filter, limit);
    Map<Long, Article> loaded =
        articles.findByIdIn(hits.stream().map(Hit::id).toList()).stream()
            .collect(Collectors.toMap(Article::getId, Function.identity()));
    return hits.stream()
        .filter(hit -> loaded.containsKey(hit.id()))
        .map(hit -> new Found(loaded.get(hit.id()), hit.score()))
        .sorted(Comparator.comparing(Found::rank, ArticleSearch.ORDER))
        .toList();
  }

  /** An article found by a search, with its place in the ranking. */
  private record Found(Article article, RankedArticle rank) {

    Found(Article article, double score) {
      this(
          article,
          new RankedArticle(article.getId(), article.getNumber(), article.getHelpedCount(), score));
    }

    Found boosted(double factor) {
      return new Found(article, rank.score() * factor);
    }

    ArticleMatch match() {
      return new ArticleMatch(
          article.getNumber(),
          article.getTitle(),
          article.getCategory(),
          article.getSubcategory().orElse(null),
          article.getStatus(),
          Math.round(rank.score() * SCORE_PRECISION) / SCORE_PRECISION);
    }
  }

  private double boost(Article article, Category category, Subcategory subcategory) {
    double factor = 1;
    if (category != null && article.getCategory() == category) {
      factor *= properties.categoryBoost();
      if (subcategory != null && article.getSubcategory().orElse(null) == subcategory) {
        factor *= properties.subcategoryBoost();
      }
    }
    return factor;
  }

  private String existingTicket(String ticketNumber) {
    if (ticketNumber == null || ticketNumber.isBlank()) {
      throw new InvalidArticleException(
          List.of(new FieldError("ticketNumber", "must not be blank")));
    }
    return tickets
        .findByNumber(ticketNumber.strip())
        .orElseThrow(() -> new TicketNotFoundException(ticketNumber.strip()))
        .getNumber();
  }

  private static String requireActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("An article change needs the name of who made it");
    }
    String name = actor.strip();
    return name.length() > MAX_ACTOR ? name.substring(0, MAX_ACTOR) : name;
  }
}
