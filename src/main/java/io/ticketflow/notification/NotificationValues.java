package io.ticketflow.notification;

/**
 * The names of the values a notification's wording may use as {@code {name}} placeholders. A value
 * the wording does not use is ignored; a missing one is left empty.
 */
public final class NotificationValues {

  /** The ticket number, e.g. {@code TS20261122-0001}. */
  public static final String NUMBER = "number";

  /** The ticket's title (the requester's words). */
  public static final String TITLE = "title";

  /** The requester's link to the ticket in the portal. */
  public static final String PORTAL_LINK = "portalLink";

  /** Free text of the occasion: the reply, the question, the solution, the escalation reason. */
  public static final String TEXT = "text";

  public static final String PRIORITY = "priority";

  /** The group that has the ticket (after an escalation: the new group). */
  public static final String GROUP = "group";

  /** The agent or group a ticket was assigned to. */
  public static final String ASSIGNED_TO = "assignedTo";

  /**
   * Which SLA target: {@link #SLA_RESPONSE}, {@link #SLA_RESOLUTION} or {@link #SLA_UPDATE}, worded
   * per language.
   */
  public static final String SLA = "sla";

  /** When the SLA target is or was due, formatted for people. */
  public static final String DUE_AT = "dueAt";

  public static final String SLA_RESPONSE = "RESPONSE";
  public static final String SLA_RESOLUTION = "RESOLUTION";

  /** The requester's regular update while the ticket is worked. */
  public static final String SLA_UPDATE = "UPDATE";

  private NotificationValues() {}
}
