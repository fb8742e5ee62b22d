package io.ticketflow.ticket;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Search criteria for the ticket list; every part optional. */
public record TicketFilter(TicketStatus status, Category category, String priority, String text) {

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
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
