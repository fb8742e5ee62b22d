package io.ticketflow.notification;

/**
 * What a notification tells its recipient, and to whom it may go. The wording per language lives in
 * {@code notifications/templates_<language>.properties}.
 */
public enum NotificationEvent {
  /** Receipt of a new ticket, with its number and the portal link. */
  TICKET_ACKNOWLEDGED(true),
  /** Staff replied publicly to the requester; the reply is the {@code text}. */
  REPLY_ADDED(true),
  /** An agent asked the requester a question ({@code text}); the work waits for the answer. */
  WAITING_FOR_YOU(true),
  /**
   * Staff gave a temporary workaround ({@code text}) while the real fix goes on, expected by {@code
   * dueAt}.
   */
  WORKAROUND_GIVEN(true),
  /** The ticket is resolved ({@code text} = the solution); the requester is asked to confirm. */
  RESOLVED_PLEASE_CONFIRM(true),
  /** The ticket is closed. */
  TICKET_CLOSED(true),
  /**
   * The requester's ticket was found to be a duplicate and merged into ticket {@code text}, where
   * it is followed up.
   */
  TICKET_MERGED(true),
  /** Another request for the same problem, ticket {@code text}, was merged into this ticket. */
  DUPLICATE_MERGED(true),
  /** The ticket this one was merged into was resolved; {@code text} is the solution. */
  MASTER_RESOLVED(true),
  /**
   * A requester asked to sign in: the link ({@code portalLink}) to all tickets of the address. Not
   * about one ticket: the outbox names it by the sign-in's id instead of a ticket number.
   */
  SIGN_IN_LINK(true),
  /** The ticket was assigned to an agent or queued for a group ({@code assignedTo}). */
  TICKET_ASSIGNED(false),
  /** An SLA target ({@code sla}) is due soon ({@code dueAt}). */
  SLA_WARNING(false),
  /** An SLA target ({@code sla}) was missed ({@code dueAt}). */
  SLA_BREACHED(false),
  /** The ticket moved up to another group ({@code group}); {@code text} says why. */
  TICKET_ESCALATED(false),
  /** How the major incident behind the requester's ticket stands ({@code text}). */
  INCIDENT_UPDATE(true),
  /** A major incident ({@code number}, {@code title}) was declared: the emergency team is paged. */
  INCIDENT_DECLARED(false),
  /**
   * A major incident needs management: nobody acknowledged it, or the fix passed its target ({@code
   * text} says which, {@code dueAt} when it was due).
   */
  INCIDENT_ESCALATED(false),
  /** Monitoring reports that the incident's alert recovered: time to check and resolve it. */
  INCIDENT_RECOVERED(false),
  /** The monthly service desk report ({@code title} = the month) is ready at {@code text}. */
  MONTHLY_REPORT(false);

  private final boolean forRequester;

  NotificationEvent(boolean forRequester) {
    this.forRequester = forRequester;
  }

  /** True when the event goes to the ticket's requester, false when it goes to staff. */
  public boolean forRequester() {
    return forRequester;
  }
}
