package io.ticketflow.ticket;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * Search criteria for the ticket list; every part optional. The text is looked for in the stored
 * texts, also of archived tickets, whose results are then shown masked.
 *
 * @param createdFrom tickets created at or after this
 * @param createdUntil tickets created before this
 */
public record TicketFilter(
    TicketStatus status,
    Category category,
    String priority,
    String text,
    Instant createdFrom,
    Instant createdUntil) {

  public TicketFilter(TicketStatus status, Category category, String priority, String text) {
    this(status, category, priority, text, null, null);
  }

  Specification<Ticket> toSpecification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (category != null) {
        where.add(cb.equal(root.get("category"), category));
      }
      if (priority != null) {
        where.add(cb.equal(root.get("priority"), priority));
      }
      if (text != null && !text.isBlank()) {
        String pattern = "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("number")), pattern, '\\'),
                cb.like(cb.lower(root.get("title")), pattern, '\\'),
                cb.like(cb.lower(root.get("description")), pattern, '\\'),
                cb.like(cb.lower(root.get("requester").get("name")), pattern, '\\')));
      }
      if (createdFrom != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), createdFrom));
      }
      if (createdUntil != null) {
        where.add(cb.lessThan(root.get("createdAt"), createdUntil));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
