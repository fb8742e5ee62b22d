package io.ticketflow.audit;

/** What an audit-trail entry records. */
public enum AuditAction {
  /**
   * Personal data was read unmasked: an archived ticket's requester details and texts, or a file of
   * an archived ticket.
   */
  PERSONAL_DATA_READ,
  /** Tickets were exported. */
  EXPORT,
  /** Staff read the mail quarantine: senders and subjects of mail that became no ticket. */
  QUARANTINED_MAIL_READ,
  /** A login failed: wrong user name or password, a locked user, a wrong webhook token. */
  LOGIN_FAILED,
  /**
   * A user of the identity store was created, changed, deleted or unlocked, or its password set.
   */
  USER_CHANGED,
  /** A group was created, changed or deleted. */
  GROUP_CHANGED,
  /** A tenant was created, changed or deleted. */
  TENANT_CHANGED,
  /** A user joined or left a group, or a user or group joined or left a tenant. */
  MEMBERSHIP_CHANGED,
  /** An engine authorization was created, changed or deleted. */
  AUTHORIZATION_CHANGED,
  /** An agent's assignment profile (skills, availability) was changed. */
  AGENT_PROFILE_CHANGED,
  /** A duplicate ticket was merged into a master ticket (the detail names the master and why). */
  TICKET_MERGED
}
