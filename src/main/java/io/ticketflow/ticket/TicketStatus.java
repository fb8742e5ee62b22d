package io.ticketflow.ticket;

import java.util.EnumSet;
import java.util.Set;

/** A ticket's life cycle, with the moves each status allows. */
public enum TicketStatus {
  NEW,
  WAITING_ASSIGNMENT,
  IN_PROGRESS,
  WAITING_CUSTOMER,
  WAITING_CONFIRMATION,
  RESOLVED,
  CLOSED,
  ARCHIVED,
  CANCELLED,
  /**
   * A duplicate merged into another ticket, where it is followed up; no longer open, archived with
   * its master.
   */
  MERGED;

  /** Whether a ticket may move from this status to {@code next}. */
  public boolean canMoveTo(TicketStatus next) {
    return successors().contains(next);
  }

  public boolean isOpen() {
    return this != CLOSED && this != ARCHIVED && this != CANCELLED && this != MERGED;
  }

  private Set<TicketStatus> successors() {
    return switch (this) {
      case NEW -> EnumSet.of(WAITING_ASSIGNMENT, CANCELLED, MERGED);
      case WAITING_ASSIGNMENT, IN_PROGRESS ->
          EnumSet.of(
              WAITING_ASSIGNMENT, IN_PROGRESS, WAITING_CUSTOMER, RESOLVED, CANCELLED, MERGED);
      // resolved while waiting: the major incident behind the ticket was resolved
      case WAITING_CUSTOMER ->
          EnumSet.of(WAITING_ASSIGNMENT, IN_PROGRESS, RESOLVED, CANCELLED, MERGED);
      case RESOLVED ->
          EnumSet.of(WAITING_CONFIRMATION, CLOSED, WAITING_ASSIGNMENT, IN_PROGRESS, MERGED);
      case WAITING_CONFIRMATION -> EnumSet.of(CLOSED, WAITING_ASSIGNMENT, IN_PROGRESS, MERGED);
      // a merged duplicate is archived with its master
      case CLOSED, MERGED -> EnumSet.of(ARCHIVED);
      case ARCHIVED, CANCELLED -> EnumSet.noneOf(TicketStatus.class);
    };
  }
}
