package io.ticketflow.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Search criteria for the audit trail; every part optional.
 *
 * @param actor who did it (exact)
 * @param target the record's id, e.g. a ticket number (exact)
 * @param from entries at or after this
 * @param until entries before this
 */
public record AuditFilter(
    AuditAction action, String actor, String target, Instant from, Instant until) {

  Specification<AuditEvent> toSpecification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (action != null) {
        where.add(cb.equal(root.get("action"), action));
      }
      if (actor != null && !actor.isBlank()) {
        where.add(cb.equal(root.get("actor"), actor.strip()));
      }
      if (target != null && !target.isBlank()) {
        where.add(cb.equal(root.get("targetId"), target.strip()));
      }
      if (from != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
      }
      if (until != null) {
        where.add(cb.lessThan(root.get("occurredAt"), until));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
