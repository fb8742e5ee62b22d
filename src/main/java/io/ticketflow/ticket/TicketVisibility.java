package io.ticketflow.ticket;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Which tickets and internal notes a staff member sees. Members of the overseeing groups ({@code
 * ticketflow.visibility.overseers}: managers, the emergency team, administrators) see every ticket
 * and every note. Anyone else sees a ticket that is or was routed to one of their groups, is
 * assigned to them, or was created by them; of its internal notes, those they wrote, those written
 * by a member of one of their groups (the groups recorded with the note) and those the application
 * wrote. Public comments are seen by everyone who sees the ticket.
 */
@Component
public class TicketVisibility {

  private final Set<String> overseers;
  private final StaffGroups staffGroups;

  public TicketVisibility(VisibilityProperties properties, StaffGroups staffGroups) {
    this.overseers = properties.overseers();
    this.staffGroups = staffGroups;
  }

  /** Whether the caller belongs to a group that sees every ticket. */
  public boolean seesAll(StaffAccess viewer) {
    return !Collections.disjoint(viewer.groups(), overseers);
  }

  /** Whether the caller may see the ticket at all. */
  public boolean canSee(StaffAccess viewer, Ticket ticket) {
    if (seesAll(viewer)) {
      return true;
    }
    String user = viewer.user();
    return ticket.getCandidateGroup().map(viewer.groups()::contains).orElse(false)
        || ticket.getAssignee().map(user::equals).orElse(false)
        || Objects.equals(ticket.getCreatedBy(), user)
        || !Collections.disjoint(ticket.getHandlingGroups(), viewer.groups());
  }

  /** Whether the caller, who sees the comment's ticket, may read the comment. */
  public boolean canRead(StaffAccess viewer, TicketComment comment) {
    if (comment.getVisibility() == Visibility.PUBLIC
        || comment.getAuthorType() != AuthorType.STAFF
        || seesAll(viewer)) {
      return true;
    }
    return comment.getAuthor().equals(viewer.user())
        || !Collections.disjoint(comment.getAuthorGroups(), viewer.groups());
  }

  /** The groups a comment's author belongs to now, recorded with what they write. */
  Set<String> groupsOf(String user) {
    return staffGroups.groupsOf(user);
  }

  /** The tickets the caller sees, as a query condition. */
  Specification<Ticket> visibleTo(StaffAccess viewer) {
    if (seesAll(viewer)) {
      return (root, query, cb) -> cb.conjunction();
    }
    return (root, query, cb) -> {
      Subquery<Long> handled = query.subquery(Long.class);
      Root<Ticket> same = handled.from(Ticket.class);
      Join<Ticket, String> group = same.join("handlingGroups");
      handled.select(same.get("id"));
      if (viewer.groups().isEmpty()) {
        handled.where(cb.disjunction());
      } else {
        handled.where(cb.equal(same.get("id"), root.get("id")), group.in(viewer.groups()));
      }
      return cb.or(
          viewer.groups().isEmpty()
              ? cb.disjunction()
              : root.get("candidateGroup").in(viewer.groups()),
          cb.equal(root.get("assignee"), viewer.user()),
          cb.equal(root.get("createdBy"), viewer.user()),
          cb.exists(handled));
    };
  }
}
