package io.ticketflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.knowledge.ArticleSearch.RankedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java ranking used where PostgreSQL's text search is not available. */
class Bm25Test {

  @Test
  void aWordInTheTitleCountsMoreThanTheSameWordInTheBody() {
    List<RankedArticle> ranked =
        Bm25.rank(
            List.of("printer"),
            List.of(
                Bm25.Document.of(1, "KB-00001", 0, "scanner setup", "the printer and scanner"),
                Bm25.Document.of(2, "KB-00002", 0, "printer offline", "the queue and scanner")),
            10,
            10);
    assertThat(ranked).extracting(RankedArticle::number).containsExactly("KB-00002", "KB-00001");
  }

  @Test
  void aRareWordCountsMoreThanACommonOne() {
    List<RankedArticle> ranked =
        Bm25.rank(
            List.of("vpn", "dns"),
            List.of(
                Bm25.Document.of(1, "KB-00001", 0, "vpn drops", "vpn client reconnect"),
                Bm25.Document.of(2, "KB-00002", 0, "vpn intranet", "dns server intranet"),
                Bm25.Document.of(3, "KB-00003", 0, "vpn install", "vpn client software")),
            3,
            10);
    assertThat(ranked.get(0).number()).isEqualTo("KB-00002");
  }

  @Test
  void equalScoresGoToTheMoreHelpfulThenToTheLowerNumber() {
    List<RankedArticle> ranked =
        Bm25.rank(
            List.of("vpn"),
            List.of(
                Bm25.Document.of(3, "KB-00003", 0, "vpn", "client"),
                Bm25.Document.of(1, "KB-00001", 0, "vpn", "client"),
                Bm25.Document.of(2, "KB-00002", 5, "vpn", "client")),
            3,
            10);
    assertThat(ranked)
        .extracting(RankedArticle::number)
        .containsExactly("KB-00002", "KB-00001", "KB-00003");
  }

  @Test
  void candidatesWithoutAWholeQueryWordAreLeftOutAndTheLimitHolds() {
    List<RankedArticle> ranked =
        Bm25.rank(
            List.of("set"),
            List.of(
                Bm25.Document.of(1, "KB-00001", 0, "setting", "reset sett"),
                Bm25.Document.of(2, "KB-00002", 0, "set", ""),
                Bm25.Document.of(3, "KB-00003", 0, "", "set up set")),
            3,
            1);
    assertThat(ranked).extracting(RankedArticle::number).containsExactly("KB-00002");
  }

  @Test
  void nothingToRankGivesNothing() {
    assertThat(Bm25.rank(List.of("vpn"), List.of(), 0, 10)).isEmpty();
    assertThat(
            Bm25.rank(List.of(), List.of(Bm25.Document.of(1, "KB-00001", 0, "vpn", null)), 1, 10))
        .isEmpty();
  }
}
