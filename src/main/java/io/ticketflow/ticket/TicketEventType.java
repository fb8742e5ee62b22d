package io.ticketflow.ticket;

/** Kinds of entries in a ticket's append-only event log. */
public enum TicketEventType {
  CREATED,
  ACKNOWLEDGED,
  TRIAGED,
  STATUS_CHANGED,
  ASSIGNED,
  ESCALATED,
  COMMENTED,
  FIRST_RESPONSE,
  RESPONSE_SLA_BREACHED,
  RESOLUTION_SLA_BREACHED,
  RESOLVED,
  REOPENED,
  CONFIRMED,
  CLOSED,
  FEEDBACK,
  SLA_PAUSED,
  SLA_RESUMED,
  SLA_WARNING,
  UPDATE_DUE,
  COMPLAINT,
  COLLABORATION_REQUESTED,
  WORKAROUND_GIVEN,
  NO_HIGHER_TIER,
  /** Linked to a major incident ({@code toValue} = its number). */
  INCIDENT_LINKED,
  /** Unlinked from a major incident ({@code fromValue} = its number). */
  INCIDENT_UNLINKED,
  /** The requester was told how the major incident behind the ticket stands. */
  INCIDENT_UPDATE,
  /** A file was attached ({@code toValue} = the attachment id). */
  ATTACHMENT_ADDED,
  /**
   * A new ticket continues a closed one ({@code fromValue} = the closed ticket, {@code toValue} =
   * the new one); logged on both.
   */
  FOLLOW_UP,
  /** The satisfaction survey opened after closing. */
  SURVEY_OPENED,
  /** The satisfaction survey ended without an answer. */
  SURVEY_EXPIRED,
  /** A manager followed up the requester's rating ({@code toValue} = the action taken). */
  FEEDBACK_FOLLOWED_UP,
  /**
   * This duplicate was merged into another ticket ({@code fromValue} = this ticket, {@code toValue}
   * = the master); the detail says why.
   */
  MERGED,
  /**
   * A duplicate was merged into this ticket ({@code fromValue} = the duplicate, {@code toValue} =
   * this ticket).
   */
  DUPLICATE_MERGED,
  /** Linked to another ticket ({@code fromValue} = the link type, {@code toValue} = its number). */
  LINKED,
  /** A link to another ticket was removed ({@code fromValue} = the type, {@code toValue} = it). */
  UNLINKED,
  /** The resolution target was met: {@code toValue} says how ({@link ResolutionTargetMetBy}). */
  RESOLUTION_TARGET_MET,
  /**
   * Linked automatically to a similar open ticket: on the new ticket {@code toValue} = the open
   * one, on the open one {@code fromValue} = the new one; {@code detail} says what they share.
   */
  SIMILAR_LINKED
}
