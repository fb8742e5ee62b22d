package io.ticketflow.notification;

/** Whom a notification is addressed to. */
public enum Audience {
  /** The ticket's requester. */
  REQUESTER,
  /** One staff member, by user id. */
  USER,
  /** The members of a group, by group id. */
  GROUP,
  /** The managers responsible for a group, by group id. */
  MANAGERS
}
