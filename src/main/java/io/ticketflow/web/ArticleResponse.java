package io.ticketflow.web;

import io.ticketflow.knowledge.Article;
import io.ticketflow.knowledge.ArticleContent;
import io.ticketflow.knowledge.ArticleLinkType;
import io.ticketflow.knowledge.ArticleStatus;
import io.ticketflow.knowledge.ArticleTicket;
import io.ticketflow.knowledge.ArticleVersion;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A knowledge article as staff see it. In lists the texts, links and deflections are left out
 * (null), and {@code score} is set when the list is a ranked search.
 */
public record ArticleResponse(
    String number,
    String title,
    String symptoms,
    String cause,
    String solution,
    String prevention,
    Category category,
    Subcategory subcategory,
    List<String> tags,
    ArticleStatus status,
    int version,
    long viewCount,
    long helpedCount,
    Long deflectionCount,
    String createdBy,
    OffsetDateTime createdAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    String publishedBy,
    OffsetDateTime publishedAt,
    Double score,
    List<LinkView> links) {

  static ArticleResponse of(
      Article a, ZoneId zone, List<ArticleTicket> links, long deflectionCount) {
    return build(a, zone, true, null, links, deflectionCount);
  }

  static ArticleResponse summary(Article a, ZoneId zone, Double score) {
    return build(a, zone, false, score, null, null);
  }

  private static ArticleResponse build(
      Article a,
      ZoneId zone,
      boolean texts,
      Double score,
      List<ArticleTicket> links,
      Long deflectionCount) {
    return new ArticleResponse(
        a.getNumber(),
        a.getTitle(),
        texts ? a.getSymptoms().orElse(null) : null,
        texts ? a.getCause().orElse(null) : null,
        texts ? a.getSolution() : null,
        texts ? a.getPrevention().orElse(null) : null,
        a.getCategory(),
        a.getSubcategory().orElse(null),
        a.getTags(),
        a.getStatus(),
        a.getVersion(),
        a.getViewCount(),
        a.getHelpedCount(),
        deflectionCount,
        a.getCreatedBy(),
        at(a.getCreatedAt(), zone),
        a.getUpdatedBy(),
        at(a.getUpdatedAt(), zone),
        a.getPublishedBy().orElse(null),
        at(a.getPublishedAt().orElse(null), zone),
        score,
        links == null ? null : links.stream().map(l -> LinkView.of(l, zone)).toList());
  }

  static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  /** A ticket linked to the article. */
  public record LinkView(
      String ticketNumber, ArticleLinkType type, String linkedBy, OffsetDateTime linkedAt) {
    static LinkView of(ArticleTicket link, ZoneId zone) {
      return new LinkView(
          link.getTicketNumber(), link.getType(), link.getActor(), at(link.getLinkedAt(), zone));
    }
  }

  /** One version of the article's text, with who saved it when. */
  public record VersionView(
      int version,
      String title,
      String symptoms,
      String cause,
      String solution,
      String prevention,
      Category category,
      Subcategory subcategory,
      List<String> tags,
      String author,
      OffsetDateTime savedAt) {
    static VersionView of(ArticleVersion v, ZoneId zone) {
      ArticleContent c = v.content();
      return new VersionView(
          v.getVersion(),
          c.title(),
          c.symptoms(),
          c.cause(),
          c.solution(),
          c.prevention(),
          c.category(),
          c.subcategory(),
          c.tags(),
          v.getAuthor(),
          at(v.getCreatedAt(), zone));
    }
  }
}
