package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.knowledge.Article;
import io.ticketflow.knowledge.ArticleMatch;
import io.ticketflow.knowledge.ArticleSearchFilter;
import io.ticketflow.knowledge.ArticleStatus;
import io.ticketflow.knowledge.KnowledgeProperties;
import io.ticketflow.knowledge.KnowledgeService;
import io.ticketflow.security.SecurityConfig;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base for staff: any staff member searches, writes drafts and submits them for
 * review; reviewers (the second-tier groups, tier 3, managers, administrators) publish, retire and
 * change published articles.
 */
@RestController
@Validated
@RequestMapping("/api/knowledge")
@SecurityRequirement(name = "basic")
public class KnowledgeController {

  static final String NUMBER_PATTERN = "KB-\\d{5,}";

  private final KnowledgeService knowledge;
  private final KnowledgeProperties properties;
  private final TicketService tickets;
  private final ZoneId zone;

  public KnowledgeController(
      KnowledgeService knowledge,
      KnowledgeProperties properties,
      TicketService tickets,
      TicketProperties ticketProperties) {
    this.knowledge = knowledge;
    this.properties = properties;
    this.tickets = tickets;
    this.zone = ticketProperties.zone();
  }

  @Operation(
      summary =
          "List articles, newest first; with q, search them by relevance. Without status, every"
              + " status but RETIRED")
  @GetMapping
  public PageResponse<ArticleResponse> list(
      @RequestParam(required = false) @Size(max = 1000) String q,
      @RequestParam(required = false) Set<ArticleStatus> status,
      @RequestParam(required = false) Category category,
      @RequestParam(required = false) Subcategory subcategory,
      @RequestParam(required = false) @Size(max = 40) String tag,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    ArticleSearchFilter filter =
        new ArticleSearchFilter(
            status == null || status.isEmpty() ? ArticleStatus.current() : status,
            category,
            subcategory,
            tag);
    PageRequest request = PageRequest.of(page, size);
    if (q == null || q.isBlank()) {
      return PageResponse.of(
          knowledge
              .list(
                  filter,
                  request.withSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))
              .map(a -> ArticleResponse.summary(a, zone, null)));
    }
    List<ArticleMatch> ranked = knowledge.search(q, filter, properties.maxResults());
    List<ArticleMatch> slice =
        ranked.stream().skip(request.getOffset()).limit(request.getPageSize()).toList();
    Map<String, Article> articles =
        knowledge.byNumber(slice.stream().map(ArticleMatch::number).toList());
    List<ArticleResponse> items =
        slice.stream()
            .filter(m -> articles.containsKey(m.number()))
            .map(m -> ArticleResponse.summary(articles.get(m.number()), zone, m.score()))
            .toList();
    return PageResponse.of(new PageImpl<>(items, request, ranked.size()));
  }

  @Operation(summary = "Write a new article; it starts as a draft, version 1")
  @PostMapping
  public ResponseEntity<ArticleResponse> create(
      @Valid @RequestBody ArticleRequest request, Authentication user) {
    Article article = knowledge.create(request.toContent(), user.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/knowledge/" + article.getNumber()))
        .body(view(article));
  }

  @Operation(summary = "Read one article with its linked tickets; counts a view")
  @GetMapping("/{number}")
  public ArticleResponse get(@PathVariable @Pattern(regexp = NUMBER_PATTERN) String number) {
    knowledge.recordView(number);
    return view(knowledge.get(number));
  }

  @Operation(
      summary =
          "Change the text: a new version. A published article only by reviewers; a retired one"
              + " not at all")
  @PutMapping("/{number}")
  public ArticleResponse update(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      @Valid @RequestBody ArticleRequest request,
      Authentication user) {
    return view(
        knowledge.update(
            number, request.toContent(), request.version(), user.getName(), isReviewer(user)));
  }

  @Operation(summary = "Submit a draft for review")
  @PostMapping("/{number}/review")
  public ArticleResponse review(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number, Authentication user) {
    return view(knowledge.submitForReview(number, user.getName()));
  }

  @Operation(summary = "Publish a draft or an article in review (reviewers only)")
  @PostMapping("/{number}/publish")
  public ArticleResponse publish(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number, Authentication user) {
    return view(knowledge.publish(number, user.getName()));
  }

  @Operation(summary = "Retire a published article (reviewers only)")
  @PostMapping("/{number}/retire")
  public ArticleResponse retire(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number, Authentication user) {
    return view(knowledge.retire(number, user.getName()));
  }

  @Operation(summary = "Send an article in review back to draft, or take a retired one up again")
  @PostMapping("/{number}/draft")
  public ArticleResponse draft(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number, Authentication user) {
    return view(knowledge.returnToDraft(number, user.getName()));
  }

  @Operation(summary = "Every version of the article's text, newest first")
  @GetMapping("/{number}/versions")
  public List<ArticleResponse.VersionView> versions(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number) {
    return knowledge.versions(number).stream()
        .map(v -> ArticleResponse.VersionView.of(v, zone))
        .toList();
  }

  @Operation(summary = "Link a ticket: the one the article came from (SOURCE) or one it SOLVED")
  @PostMapping("/{number}/links")
  public ArticleResponse link(
      @PathVariable @Pattern(regexp = NUMBER_PATTERN) String number,
      @Valid @RequestBody ArticleLinkRequest request,
      Authentication user,
      HttpServletRequest http) {
    // linking writes to the ticket's record: only to a ticket the caller sees
    tickets.getFor(request.ticketNumber(), Callers.of(user, http));
    knowledge.linkTicket(number, request.ticketNumber(), request.type(), user.getName());
    return view(knowledge.get(number));
  }

  @Operation(summary = "Record that the article helped")
  @PostMapping("/{number}/helped")
  public ArticleResponse helped(@PathVariable @Pattern(regexp = NUMBER_PATTERN) String number) {
    knowledge.recordHelped(number);
    return view(knowledge.get(number));
  }

  private ArticleResponse view(Article article) {
    return ArticleResponse.of(
        article, zone, knowledge.links(article), knowledge.deflections(article));
  }

  private static boolean isReviewer(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(SecurityConfig.KNOWLEDGE_REVIEWERS::contains);
  }
}
