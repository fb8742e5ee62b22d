package io.ticketflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.ticketflow.search.ChineseAnalysis;
import io.ticketflow.search.SearchAnalysis;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What the knowledge base learns from a resolved ticket. */
class KnowledgeCaptureTest {

  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

  private final KnowledgeService knowledge = mock(KnowledgeService.class);
  private final TicketService tickets = mock(TicketService.class);
  private final ArticleTicketRepository links = mock(ArticleTicketRepository.class);
  private final KnowledgeCapturePort process = mock(KnowledgeCapturePort.class);
  private final KnowledgeCapture capture =
      new KnowledgeCapture(
          knowledge,
          tickets,
          links,
          process,
          new RecurringProblemProperties(3, Duration.ofDays(30), 0.6, 500),
          new SearchAnalysis(ChineseAnalysis.BIGRAM),
          Clock.fixed(NOW, ZoneOffset.UTC));

  private final List<Ticket> resolvedLately = new ArrayList<>();

  private Ticket ticket(String number, String title) {
    Ticket ticket = mock(Ticket.class);
    when(ticket.getNumber()).thenReturn(number);
    when(ticket.getTitle()).thenReturn(title);
    when(ticket.getDescription()).thenReturn("Details of " + title);
    when(ticket.getCategory()).thenReturn(Category.ENVIRONMENT_CONFIGURATION);
    when(ticket.getSubcategory()).thenReturn(Subcategory.NETWORK_SETTINGS);
    when(ticket.getResolution()).thenReturn(Optional.of("Fixed " + number));
    when(ticket.getRootCause()).thenReturn(Optional.of("Old profile"));
    when(tickets.get(number)).thenReturn(ticket);
    return ticket;
  }

  private Ticket resolved(String number, String title) {
    Ticket ticket = ticket(number, title);
    resolvedLately.add(ticket);
    when(tickets.resolvedSince(Subcategory.NETWORK_SETTINGS, NOW.minus(Duration.ofDays(30)), 500))
        .thenReturn(resolvedLately);
    return ticket;
  }

  private static Article article(String number) {
    Article article = mock(Article.class);
    when(article.getNumber()).thenReturn(number);
    return article;
  }

  @Test
  void ticketSolvedWithAnArticleIsLinkedAndCountsAsHelp() {
    ticket("TS1", "VPN drops");

    capture.afterResolution("TS1", " KB-00007 ", false, "mary");

    verify(knowledge).linkTicket("KB-00007", "TS1", ArticleLinkType.SOLVED, "mary");
    verify(knowledge).recordHelped("KB-00007");
    verify(tickets, never()).resolvedSince(any(), any(), anyInt());
    verifyNoInteractions(process);
  }

  @Test
  void reusableSolutionBecomesADraftInReview() {
    ticket("TS1", "VPN drops every hour");
    Article draft = article("KB-00008");
    when(knowledge.createFromTicket(any(), eq("TS1"), eq("mary"))).thenReturn(draft);

    capture.afterResolution("TS1", null, true, "mary");

    ArgumentCaptor<ArticleContent> content = ArgumentCaptor.forClass(ArticleContent.class);
    verify(knowledge).createFromTicket(content.capture(), eq("TS1"), eq("mary"));
    assertThat(content.getValue().title()).isEqualTo("VPN drops every hour");
    assertThat(content.getValue().symptoms()).isEqualTo("Details of VPN drops every hour");
    assertThat(content.getValue().cause()).isEqualTo("Old profile");
    assertThat(content.getValue().solution()).isEqualTo("Fixed TS1");
    verify(knowledge).submitForReview("KB-00008", "mary");
    verify(process)
        .startCapture(
            "KB-00008",
            CaptureTrigger.REUSABLE_SOLUTION,
            Category.ENVIRONMENT_CONFIGURATION,
            Subcategory.NETWORK_SETTINGS);
  }

  @Test
  void twoSimilarTicketsAreNotYetARecurringProblem() {
    resolved("TS1", "VPN drops every hour");
    resolved("TS2", "VPN keeps dropping every hour");

    capture.afterResolution("TS2", null, false, "mary");

    verify(knowledge, never()).create(any(), anyString());
    verifyNoInteractions(process);
  }

  @Test
  void thirdSimilarTicketRaisesATaskToWriteAnArticleFromAllThree() {
    resolved("TS1", "VPN drops every hour");
    resolved("TS2", "VPN keeps dropping every hour");
    resolved("TS3", "Printer out of toner");
    resolved("TS4", "Every hour the VPN drops");
    Article draft = article("KB-00009");
    when(knowledge.create(any(), eq(TicketService.SYSTEM_ACTOR))).thenReturn(draft);

    capture.afterResolution("TS4", null, false, "mary");

    ArgumentCaptor<ArticleContent> content = ArgumentCaptor.forClass(ArticleContent.class);
    verify(knowledge).create(content.capture(), eq(TicketService.SYSTEM_ACTOR));
    assertThat(content.getValue().solution()).contains("TS1", "TS2", "TS4").doesNotContain("TS3");
    for (String source : List.of("TS1", "TS2", "TS4")) {
      verify(knowledge)
          .linkTicket("KB-00009", source, ArticleLinkType.SOURCE, TicketService.SYSTEM_ACTOR);
    }
    verify(process)
        .startCapture(
            "KB-00009",
            CaptureTrigger.RECURRING_PROBLEM,
            Category.ENVIRONMENT_CONFIGURATION,
            Subcategory.NETWORK_SETTINGS);
  }

  @Test
  void ticketsAlreadyCapturedInAnArticleDoNotCountAgain() {
    resolved("TS1", "VPN drops every hour");
    resolved("TS2", "VPN keeps dropping every hour");
    resolved("TS3", "Every hour the VPN drops");
    ArticleTicket earlier = mock(ArticleTicket.class);
    when(earlier.getTicketNumber()).thenReturn("TS1");
    when(links.findByTicketNumberIn(any())).thenReturn(List.of(earlier));

    capture.afterResolution("TS3", null, false, "mary");

    verify(knowledge, never()).create(any(), anyString());
    verifyNoInteractions(process);
  }

  @Test
  void similarityIsTheShareOfTheShorterTitlesWords() {
    assertThat(KnowledgeCapture.similarity(Set.of("vpn", "drop"), Set.of("vpn", "drop", "hour")))
        .isEqualTo(1.0);
    assertThat(KnowledgeCapture.similarity(Set.of("vpn", "drop"), Set.of("printer", "toner")))
        .isZero();
    assertThat(KnowledgeCapture.similarity(Set.of(), Set.of("vpn"))).isZero();
  }
}
