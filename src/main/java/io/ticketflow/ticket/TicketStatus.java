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
  CANCELLED;

  /** Whether a ticket may move from this status to {@code next}. */
  public boolean canMoveTo(TicketStatus next) {
    return successors().contains(next);
  }

  public boolean isOpen() {
    return this != CLOSED && this != ARCHIVED && this != CANCELLED;
  }

  private Set<TicketStatus> successors() {
    return switch (this) {
      case NEW -> EnumSet.of(WAITING_ASSIGNMENT, CANCELLED);
      case WAITING_ASSIGNMENT, IN_PROGRESS ->
          EnumSet.of(WAITING_ASSIGNMENT, IN_PROGRESS, WAITING_CUSTOMER, RESOLVED, CANCELLED);
      // resolved while waiting: the major incident behind the ticket was resolved
      case WAITING_CUSTOMER -> EnumSet.of(WAITING_ASSIGNMENT, IN_PROGRESS, RESOLVED, CANCELLED);
      case RESOLVED -> EnumSet.of(WAITING_CONFIRMATION, CLOSED, WAITING_ASSIGNMENT, IN_PROGRESS);
      case WAITING_CONFIRMATION -> EnumSet.of(CLOSED, WAITING_ASSIGNMENT, IN_PROGRESS);
      case CLOSED -> EnumSet.of(ARCHIVED);
      case ARCHIVED, CANCELLED -> EnumSet.noneOf(TicketStatus.class);
    };
  }
}
