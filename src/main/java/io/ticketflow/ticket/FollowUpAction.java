package io.ticketflow.ticket;

/** What a manager's follow-up of an unhappy rating led to. */
public enum FollowUpAction {
  /** The manager spoke with the requester; nothing more is needed. */
  CONTACTED_REQUESTER,
  /** The problem is not over: a follow-up ticket is opened for the requester. */
  FOLLOW_UP_TICKET,
  /** Looked into; no action needed. */
  NO_ACTION
}
