package io.ticketflow.web;

import io.ticketflow.template.RenderedReply;
import io.ticketflow.template.ReplyTemplate;
import io.ticketflow.ticket.Category;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A canned reply as managers keep it.
 *
 * @param category null for every category
 * @param body the text with its {@code {{name}}} placeholders
 */
public record ReplyTemplateResponse(
    long id,
    String name,
    Category category,
    String body,
    String language,
    boolean active,
    String createdBy,
    OffsetDateTime createdAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    long version) {

  static ReplyTemplateResponse of(ReplyTemplate template, ZoneId zone) {
    return new ReplyTemplateResponse(
        template.getId(),
        template.getName(),
        template.getCategory().orElse(null),
        template.getBody(),
        template.getLanguage().orElse(null),
        template.isActive(),
        template.getCreatedBy(),
        TicketResponse.at(template.getCreatedAt(), zone),
        template.getUpdatedBy(),
        TicketResponse.at(template.getUpdatedAt(), zone),
        template.getVersion());
  }

  /**
   * A canned reply filled in for one ticket and the agent asking.
   *
   * @param body the filled-in text: plain text, to be escaped wherever it is shown
   */
  public record Rendered(long id, String name, Category category, String language, String body) {

    static Rendered of(RenderedReply reply) {
      ReplyTemplate template = reply.template();
      return new Rendered(
          template.getId(),
          template.getName(),
          template.getCategory().orElse(null),
          template.getLanguage().orElse(null),
          reply.body());
    }
  }
}
