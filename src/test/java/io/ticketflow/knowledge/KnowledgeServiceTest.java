package io.ticketflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.ticketflow.config.FlywayDatabasePlaceholders;
import io.ticketflow.search.SearchAnalysis;
import io.ticketflow.search.SearchProperties;
import io.ticketflow.support.KnowledgeCorpus;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketNotFoundException;
import io.ticketflow.ticket.TicketRepository;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base on the embedded database (H2, as in the demo): the article lifecycle,
 * versions, links, counters, validation, and the search over the index (in memory in tests) with a
 * realistic corpus. Every service call commits, as in the application.
 */
@DataJpaTest
@Import({
  KnowledgeService.class,
  ArticleNumbers.class,
  ArticleSearch.class,
  SearchAnalysis.class,
  FlywayDatabasePlaceholders.class,
  KnowledgeServiceTest.Fixtures.class
})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class KnowledgeServiceTest {

  private static final String AUTHOR = "mary";
  private static final String REVIEWER = "oscar";

  @MockitoBean TicketRepository tickets;
  @Autowired KnowledgeService knowledge;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired JdbcTemplate jdbc;

  @TestConfiguration(proxyBeanMethods = false)
  @EnableConfigurationProperties({KnowledgeProperties.class, SearchProperties.class})
  static class Fixtures {
    /** A clock one second further at every reading: "newest first" has a clear order. */
    @Bean
    Clock clock() {
      AtomicLong seconds = new AtomicLong(Instant.parse("2026-11-22T01:00:00Z").getEpochSecond());
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return Instant.ofEpochSecond(seconds.incrementAndGet());
        }
      };
    }
  }

  @BeforeEach
  void emptyKnowledgeBase() {
    for (String table :
        List.of("article_deflection", "article_ticket", "article_version", "article")) {
      jdbc.update("delete from " + table);
    }
    // the rows went behind the index's back: empty it too
    Search.mapping(entityManagerFactory).scope(Object.class).workspace().purge();
    knownTicket("TS20261122-0001");
    knownTicket("TS20261122-0002");
    when(tickets.findByNumber("TS20261122-9999")).thenReturn(Optional.empty());
  }

  // --- writing and the lifecycle -------------------------------------------------------------

  @Test
  void aNewArticleIsADraftAtVersionOneWithANumberFromTheSequence() {
    Article first = knowledge.create(content("VPN drops at home"), AUTHOR);
    Article second = knowledge.create(content("Printer offline"), AUTHOR);

    assertThat(first.getNumber()).matches("KB-\\d{5}");
    assertThat(serial(second)).isEqualTo(serial(first) + 1);
    assertThat(first.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(first.getVersion()).isEqualTo(1);
    assertThat(first.getCreatedBy()).isEqualTo(AUTHOR);
    assertThat(first.getUpdatedBy()).isEqualTo(AUTHOR);
    assertThat(first.getPublishedAt()).isEmpty();
    assertThat(knowledge.versions(first.getNumber()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getVersion()).isEqualTo(1);
              assertThat(v.getAuthor()).isEqualTo(AUTHOR);
              assertThat(v.content()).isEqualTo(knowledge.get(first.getNumber()).content());
            });
  }

  @Test
  void numbersHaveFiveDigitsAndMoreWhenTheyRunOut() {
    assertThat(ArticleNumbers.format(7)).isEqualTo("KB-00007");
    assertThat(ArticleNumbers.format(99999)).isEqualTo("KB-99999");
    assertThat(ArticleNumbers.format(100000)).isEqualTo("KB-100000");
  }

  @Test
  void articlesWrittenAtTheSameTimeNeverShareANumber() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> created = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String title = "Concurrent article " + i;
        created.add(pool.submit(() -> knowledge.create(content(title), AUTHOR).getNumber()));
      }
      Set<String> numbers = new HashSet<>();
      for (Future<String> number : created) {
        numbers.add(number.get(30, TimeUnit.SECONDS));
      }
      assertThat(numbers).hasSize(30);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anEditIsANewVersionAndTheOldTextIsKept() {
    Article article = knowledge.create(content("VPN drops at home"), AUTHOR);
    ArticleContent changed =
        new ArticleContent(
            "VPN drops every few minutes",
            "Connection lost",
            "Idle Wi-Fi adapter",
            "Turn off power saving",
            null,
            Category.ENVIRONMENT_CONFIGURATION,
            Subcategory.NETWORK_SETTINGS,
            List.of("VPN", "Remote Work"));

    Article edited = knowledge.update(article.getNumber(), changed, 1, "amy", false);

    assertThat(edited.getVersion()).isEqualTo(2);
    assertThat(edited.getTitle()).isEqualTo("VPN drops every few minutes");
    assertThat(edited.getTags()).containsExactly("vpn", "remote-work");
    assertThat(edited.getUpdatedBy()).isEqualTo("amy");
    assertThat(edited.getCreatedBy()).isEqualTo(AUTHOR);
    List<ArticleVersion> versions = knowledge.versions(article.getNumber());
    assertThat(versions).extracting(ArticleVersion::getVersion).containsExactly(2, 1);
    assertThat(versions.get(0).getAuthor()).isEqualTo("amy");
    assertThat(versions.get(1).content().title()).isEqualTo("VPN drops at home");
    assertThat(versions.get(1).content().tags()).containsExactly("vpn");
  }

  @Test
  void theSameTextAgainMakesNoNewVersion() {
    Article article = knowledge.create(content("VPN drops at home"), AUTHOR);
    Article again = knowledge.update(article.getNumber(), content("  VPN drops at home  "), AUTHOR);
    assertThat(again.getVersion()).isEqualTo(1);
    assertThat(knowledge.versions(article.getNumber())).hasSize(1);
  }

  @Test
  void anEditOnAnOlderVersionIsRefused() {
    Article article = knowledge.create(content("VPN drops at home"), AUTHOR);
    knowledge.update(article.getNumber(), content("VPN drops"), 1, "amy", false);

    assertThatThrownBy(
            () -> knowledge.update(article.getNumber(), content("VPN falls"), 1, "sam", false))
        .isInstanceOf(StaleArticleVersionException.class)
        .hasMessageContaining("version 2");
    assertThat(knowledge.get(article.getNumber()).getTitle()).isEqualTo("VPN drops");
  }

  @Test
  void aPublishedArticleIsChangedByReviewersOnlyAndARetiredOneNotAtAll() {
    String number = published("VPN drops at home");

    assertThatThrownBy(() -> knowledge.update(number, content("Changed"), null, AUTHOR, false))
        .isInstanceOf(ArticleReviewRequiredException.class);
    Article byReviewer = knowledge.update(number, content("Changed"), null, REVIEWER, true);
    assertThat(byReviewer.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(byReviewer.getVersion()).isEqualTo(2);

    knowledge.retire(number, REVIEWER);
    assertThatThrownBy(() -> knowledge.update(number, content("Again"), REVIEWER))
        .isInstanceOf(IllegalArticleStateException.class)
        .hasMessageContaining("retired");
    knowledge.returnToDraft(number, AUTHOR);
    assertThat(knowledge.update(number, content("Again"), AUTHOR).getVersion()).isEqualTo(3);
  }

  @Test
  void anArticleMovesThroughReviewToPublicationAndRetirement() {
    String number = knowledge.create(content("VPN drops at home"), AUTHOR).getNumber();

    assertThat(knowledge.submitForReview(number, AUTHOR).getStatus())
        .isEqualTo(ArticleStatus.IN_REVIEW);
    assertThat(knowledge.returnToDraft(number, REVIEWER).getStatus())
        .isEqualTo(ArticleStatus.DRAFT);
    knowledge.submitForReview(number, AUTHOR);
    Article published = knowledge.publish(number, REVIEWER);
    assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(published.getPublishedBy()).contains(REVIEWER);
    assertThat(published.getPublishedAt()).isPresent();
    assertThat(published.getVersion()).as("a status is no new version").isEqualTo(1);

    assertThat(knowledge.retire(number, REVIEWER).getStatus()).isEqualTo(ArticleStatus.RETIRED);
    assertThat(knowledge.returnToDraft(number, AUTHOR).getStatus()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(knowledge.publish(number, REVIEWER).getStatus())
        .as("reviewers may publish a draft directly")
        .isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void draftsThatAreNotWantedAreRetired() {
    String draft = knowledge.create(content("Printer offline"), AUTHOR).getNumber();
    String inReview = knowledge.create(content("Scanner offline"), AUTHOR).getNumber();
    knowledge.submitForReview(inReview, AUTHOR);

    assertThat(knowledge.retire(draft, REVIEWER).getStatus()).isEqualTo(ArticleStatus.RETIRED);
    assertThat(knowledge.retire(inReview, REVIEWER).getStatus()).isEqualTo(ArticleStatus.RETIRED);
  }

  @Test
  void movesOutsideTheLifecycleAreRefused() {
    String number = knowledge.create(content("VPN drops at home"), AUTHOR).getNumber();
    assertThatThrownBy(() -> knowledge.returnToDraft(number, REVIEWER))
        .isInstanceOf(IllegalArticleStateException.class)
        .hasMessageContaining("DRAFT and cannot move to DRAFT");

    knowledge.submitForReview(number, AUTHOR);
    assertThatThrownBy(() -> knowledge.submitForReview(number, AUTHOR))
        .isInstanceOf(IllegalArticleStateException.class);

    knowledge.publish(number, REVIEWER);
    assertThatThrownBy(() -> knowledge.publish(number, REVIEWER))
        .isInstanceOf(IllegalArticleStateException.class);
    assertThatThrownBy(() -> knowledge.submitForReview(number, AUTHOR))
        .isInstanceOf(IllegalArticleStateException.class);
    assertThatThrownBy(() -> knowledge.returnToDraft(number, AUTHOR))
        .isInstanceOf(IllegalArticleStateException.class);

    knowledge.retire(number, REVIEWER);
    assertThatThrownBy(() -> knowledge.publish(number, REVIEWER))
        .isInstanceOf(IllegalArticleStateException.class);
    assertThat(knowledge.get(number).getStatus()).isEqualTo(ArticleStatus.RETIRED);
  }

  @Test
  void unknownArticlesAreNotFound() {
    assertThatThrownBy(() -> knowledge.get("KB-99999"))
        .isInstanceOf(KnowledgeArticleNotFoundException.class)
        .hasMessageContaining("KB-99999");
    assertThatThrownBy(() -> knowledge.publish("KB-99999", REVIEWER))
        .isInstanceOf(KnowledgeArticleNotFoundException.class);
    assertThatThrownBy(() -> knowledge.recordView("KB-99999"))
        .isInstanceOf(KnowledgeArticleNotFoundException.class);
    assertThatThrownBy(() -> knowledge.recordHelped("KB-99999"))
        .isInstanceOf(KnowledgeArticleNotFoundException.class);
    assertThatThrownBy(() -> knowledge.recordDeflection("KB-99999"))
        .isInstanceOf(KnowledgeArticleNotFoundException.class);
    assertThatThrownBy(
            () ->
                knowledge.linkTicket("KB-99999", "TS20261122-0001", ArticleLinkType.SOLVED, AUTHOR))
        .isInstanceOf(KnowledgeArticleNotFoundException.class);
  }

  @Test
  void requestersSeePublishedArticlesOnly() {
    String draft = knowledge.create(content("VPN drops at home"), AUTHOR).getNumber();
    String published = published("Printer offline");
    assertThatThrownBy(() -> knowledge.getPublished(draft))
        .isInstanceOf(KnowledgeArticleNotFoundException.class);
    assertThat(knowledge.getPublished(published).getTitle()).isEqualTo("Printer offline");
  }

  // --- validation ----------------------------------------------------------------------------

  @Test
  void everyBrokenRuleIsNamedByItsField() {
    List<String> tooMany = IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();
    List<String> badTags = new ArrayList<>(List.of("ok", "x".repeat(41), "bad|pipe", "  "));
    badTags.add(null);
    ArticleContent broken =
        new ArticleContent(
            " ",
            "s".repeat(20001),
            null,
            "",
            null,
            Category.SYSTEM_FAULT,
            Subcategory.HOW_TO,
            badTags);

    assertThatThrownBy(() -> knowledge.create(broken, AUTHOR))
        .isInstanceOfSatisfying(
            InvalidArticleException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "title",
                        "solution",
                        "symptoms",
                        "subcategory",
                        "tags[1]",
                        "tags[2]",
                        "tags[3]",
                        "tags[4]"));
    assertThatThrownBy(
            () ->
                knowledge.create(
                    new ArticleContent(
                        "t".repeat(201), null, null, "Fix", null, null, null, tooMany),
                    AUTHOR))
        .isInstanceOfSatisfying(
            InvalidArticleException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("title", "category", "tags"));
    assertThat(knowledge.count()).isZero();
  }

  @Test
  void tagsAreNormalizedAndRepeatsDropped() {
    Article article =
        knowledge.create(
            new ArticleContent(
                "Wi-Fi drops",
                null,
                null,
                "Forget the network",
                null,
                Category.ENVIRONMENT_CONFIGURATION,
                null,
                List.of("  Wi  Fi ", "wi-fi", "C++", ".NET", "无线网络")),
            AUTHOR);
    assertThat(article.getTags()).containsExactly("wi-fi", "c++", ".net", "无线网络");
    assertThat(article.getSubcategory()).isEmpty();
    assertThat(article.getSymptoms()).isEmpty();
  }

  // --- links ---------------------------------------------------------------------------------

  @Test
  void anArticleWrittenFromATicketIsLinkedToItAsItsSource() {
    Article article =
        knowledge.createFromTicket(content("VPN drops at home"), "TS20261122-0001", AUTHOR);
    assertThat(knowledge.links(article))
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.getTicketNumber()).isEqualTo("TS20261122-0001");
              assertThat(link.getType()).isEqualTo(ArticleLinkType.SOURCE);
              assertThat(link.getActor()).isEqualTo(AUTHOR);
              assertThat(link.getLinkedAt()).isNotNull();
            });
    assertThat(knowledge.ticketsSolvedBy(article.getNumber())).isEmpty();

    assertThatThrownBy(
            () -> knowledge.createFromTicket(content("Other"), "TS20261122-9999", AUTHOR))
        .isInstanceOf(TicketNotFoundException.class);
    assertThat(knowledge.count()).isEqualTo(1);
  }

  @Test
  void linkingATicketTwiceTheSameWayKeepsOneLink() {
    String number = published("VPN drops at home");
    knowledge.linkTicket(number, "TS20261122-0001", ArticleLinkType.SOLVED, AUTHOR);
    knowledge.linkTicket(number, "TS20261122-0001", ArticleLinkType.SOLVED, REVIEWER);
    knowledge.linkTicket(number, "TS20261122-0002", ArticleLinkType.SOLVED, AUTHOR);
    knowledge.linkTicket(number, "TS20261122-0001", ArticleLinkType.SOURCE, AUTHOR);

    assertThat(knowledge.ticketsSolvedBy(number))
        .containsExactly("TS20261122-0001", "TS20261122-0002");
    assertThat(knowledge.links(knowledge.get(number))).hasSize(3);
    assertThatThrownBy(
            () -> knowledge.linkTicket(number, "TS20261122-9999", ArticleLinkType.SOLVED, AUTHOR))
        .isInstanceOf(TicketNotFoundException.class);
    assertThatThrownBy(() -> knowledge.linkTicket(number, "TS20261122-0001", null, AUTHOR))
        .isInstanceOf(InvalidArticleException.class);
    assertThatThrownBy(() -> knowledge.linkTicket(number, " ", ArticleLinkType.SOLVED, AUTHOR))
        .isInstanceOf(InvalidArticleException.class);
  }

  // --- counters ------------------------------------------------------------------------------

  @Test
  void viewsHelpsAndDeflectionsAreCountedWithoutANewVersion() {
    String number = published("VPN drops at home");
    knowledge.recordView(number);
    knowledge.recordView(number);
    knowledge.recordHelped(number);
    knowledge.recordDeflection(number);

    Article article = knowledge.get(number);
    assertThat(article.getViewCount()).isEqualTo(2);
    assertThat(article.getHelpedCount()).as("a deflection also helped").isEqualTo(2);
    assertThat(knowledge.deflections(article)).isEqualTo(1);
    assertThat(article.getVersion()).isEqualTo(1);
    // counting never conflicts with an edit made on the version read before
    assertThat(knowledge.update(number, content("VPN drops"), 1, REVIEWER, true).getVersion())
        .isEqualTo(2);
  }

  @Test
  void anActorIsRequired() {
    assertThatThrownBy(() -> knowledge.create(content("VPN"), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(knowledge.create(content("VPN"), "x".repeat(300)).getCreatedBy()).hasSize(200);
  }

  // --- search --------------------------------------------------------------------------------

  @Test
  void theRelevantArticleComesFirstForRealisticQueries() {
    KnowledgeCorpus corpus = KnowledgeCorpus.load();
    Map<String, String> titles = new HashMap<>();
    for (KnowledgeCorpus.Entry entry : corpus.articles()) {
      String number = knowledge.create(entry.content(), AUTHOR).getNumber();
      knowledge.publish(number, REVIEWER);
      titles.put(entry.key(), entry.title());
    }
    assertThat(corpus.articles()).hasSizeGreaterThanOrEqualTo(15);

    for (KnowledgeCorpus.Query query : corpus.queries()) {
      List<ArticleMatch> found = knowledge.search(query.query(), ArticleSearchFilter.any(), 5);
      assertThat(found).as(query.query()).isNotEmpty();
      assertThat(found.get(0).title()).as(query.query()).isEqualTo(titles.get(query.expected()));
      assertThat(found)
          .as("best first: %s", query.query())
          .extracting(ArticleMatch::score)
          .isSortedAccordingTo(Collections.reverseOrder());
    }
  }

  @Test
  void searchKeepsToTheFilter() {
    KnowledgeCorpus corpus = KnowledgeCorpus.load();
    String vpnDrops = published(corpus.article("vpn-drops").content("home"));
    String vpnIntranet =
        knowledge.create(corpus.article("vpn-intranet").content(), AUTHOR).getNumber();
    String oa = published(corpus.article("oa-locked").content("home"));

    assertThat(numbers(knowledge.search("vpn", ArticleSearchFilter.any(), 10)))
        .containsExactlyInAnyOrder(vpnDrops, vpnIntranet);
    assertThat(numbers(knowledge.search("vpn", ArticleSearchFilter.published(), 10)))
        .containsExactly(vpnDrops);
    assertThat(
            numbers(
                knowledge.search(
                    "vpn password",
                    new ArticleSearchFilter(null, Category.SYSTEM_FAULT, null, null),
                    10)))
        .containsExactly(oa);
    assertThat(
            numbers(
                knowledge.search(
                    "vpn",
                    new ArticleSearchFilter(null, null, Subcategory.NETWORK_SETTINGS, null),
                    1)))
        .hasSize(1);
    assertThat(
            numbers(
                knowledge.search(
                    "vpn password", new ArticleSearchFilter(null, null, null, " HOME "), 10)))
        .containsExactlyInAnyOrder(vpnDrops, oa);
    assertThat(
            knowledge.search(
                "vpn",
                new ArticleSearchFilter(EnumSet.of(ArticleStatus.RETIRED), null, null, null),
                10))
        .isEmpty();
  }

  @Test
  void aQueryWithoutSearchableWordsFindsNothing() {
    published("VPN drops at home");
    assertThat(knowledge.search(null, ArticleSearchFilter.any(), 10)).isEmpty();
    assertThat(knowledge.search("  the and of ?!  ", ArticleSearchFilter.any(), 10)).isEmpty();
    assertThat(knowledge.search("vpn", ArticleSearchFilter.any(), 0)).isEmpty();
    assertThat(knowledge.suggest("%%% ___", null, null, 5)).isEmpty();
  }

  @Test
  void equallyRelevantArticlesGoToTheMoreHelpfulThenToTheLowerNumber() {
    String first = published("VPN drops at home");
    String second = published("VPN drops at home");
    String third = published("VPN drops at home");
    assertThat(numbers(knowledge.search("vpn", ArticleSearchFilter.any(), 10)))
        .containsExactly(first, second, third);

    knowledge.recordHelped(third);
    assertThat(numbers(knowledge.search("vpn", ArticleSearchFilter.any(), 10)))
        .containsExactly(third, first, second);
  }

  @Test
  void suggestionsArePublishedAndFavourTheTicketsCategoryAndSubcategory() {
    String network =
        published(classified(Category.ENVIRONMENT_CONFIGURATION, Subcategory.NETWORK_SETTINGS));
    String fault = published(classified(Category.SYSTEM_FAULT, Subcategory.SOFTWARE_BUG));
    String sameCategory = published(classified(Category.SYSTEM_FAULT, Subcategory.CRASH));
    knowledge.create(content("VPN drops"), AUTHOR);

    assertThat(numbers(knowledge.suggest("vpn drops", null, null, 5)))
        .containsExactly(network, fault, sameCategory);
    List<ArticleMatch> forFault =
        knowledge.suggest("vpn drops", Category.SYSTEM_FAULT, Subcategory.SOFTWARE_BUG, 5);
    assertThat(numbers(forFault)).containsExactly(fault, sameCategory, network);
    assertThat(forFault).allMatch(m -> m.status() == ArticleStatus.PUBLISHED);
    assertThat(forFault.get(0).score()).isGreaterThan(forFault.get(1).score());
    assertThat(
            numbers(
                knowledge.suggest("vpn drops", Category.SYSTEM_FAULT, Subcategory.SOFTWARE_BUG, 1)))
        .containsExactly(fault);
  }

  @Test
  void listingsAreNewestFirstWithinTheFilter() {
    String older = published("VPN drops at home");
    String draft = knowledge.create(content("Printer offline"), AUTHOR).getNumber();
    String newer = published("Excel crashes");

    List<String> listed =
        knowledge
            .list(
                ArticleSearchFilter.published(),
                PageRequest.of(0, 10, Sort.by(Sort.Order.desc("createdAt"))))
            .map(Article::getNumber)
            .getContent();
    assertThat(listed).containsExactly(newer, older);
    assertThat(knowledge.byNumber(List.of(draft, "KB-99999"))).containsOnlyKeys(draft);
  }

  // --- helpers -------------------------------------------------------------------------------

  private String published(String title) {
    return published(content(title));
  }

  private String published(ArticleContent content) {
    String number = knowledge.create(content, AUTHOR).getNumber();
    knowledge.publish(number, REVIEWER);
    return number;
  }

  private static ArticleContent classified(Category category, Subcategory subcategory) {
    return new ArticleContent(
        "VPN drops", null, null, "Reconnect", null, category, subcategory, List.of());
  }

  private static ArticleContent content(String title) {
    return new ArticleContent(
        title,
        "The connection drops.",
        null,
        "Reconnect the client.",
        null,
        Category.ENVIRONMENT_CONFIGURATION,
        Subcategory.NETWORK_SETTINGS,
        List.of("vpn"));
  }

  private void knownTicket(String number) {
    Ticket ticket = mock(Ticket.class);
    when(ticket.getNumber()).thenReturn(number);
    when(tickets.findByNumber(number)).thenReturn(Optional.of(ticket));
  }

  private static long serial(Article article) {
    return Long.parseLong(article.getNumber().substring(3));
  }

  private static List<String> numbers(List<ArticleMatch> matches) {
    return matches.stream().map(ArticleMatch::number).toList();
  }
}
