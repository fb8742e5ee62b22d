package io.ticketflow.ticket;

import io.ticketflow.notification.NotificationEvent;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.notification.NotificationValues;
import io.ticketflow.notification.StaffAudience;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What staff are told about a ticket: SLA warnings and breaches, escalations, complaints. */
@Component
public class StaffNotices {

  private static final String FIRST_RESPONSE = "first response";

  private final NotificationService notifications;
  private final Clock clock;

  public StaffNotices(NotificationService notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  /** To the assignee, or the group while nobody has the ticket. */
  void slaWarning(Ticket ticket, String target, String dueAt) {
    Map<String, String> values = values(ticket, null);
    values.put(NotificationValues.SLA, sla(target));
    values.put(NotificationValues.DUE_AT, dueAt);
    notifications.notifyStaff(
        ticket.getNumber(),
        NotificationEvent.SLA_WARNING,
        sla(target) + ":" + dueAt,
        StaffAudience.assigneeOrGroup(ticket.getAssignee(), group(ticket)),
        values);
  }

  /**
   * To the assignee, or the group while nobody has the ticket: the requester is owed an update.
   * Each reminder is a notice of its own.
   */
  void updateDue(Ticket ticket, String dueAt) {
    Map<String, String> values = values(ticket, null);
    values.put(NotificationValues.SLA, NotificationValues.SLA_UPDATE);
    values.put(NotificationValues.DUE_AT, dueAt);
    notifications.notifyStaff(
        ticket.getNumber(),
        NotificationEvent.SLA_WARNING,
        NotificationValues.SLA_UPDATE + ":" + occasion(),
        StaffAudience.assigneeOrGroup(ticket.getAssignee(), group(ticket)),
        values);
  }

  /** To the managers of the group that has the ticket. */
  void slaBreach(Ticket ticket, String target) {
    Map<String, String> values = values(ticket, null);
    values.put(NotificationValues.SLA, sla(target));
    values.put(
        NotificationValues.DUE_AT,
        String.valueOf(
            FIRST_RESPONSE.equals(target)
                ? ticket.getFirstResponseDueAt().orElse(null)
                : ticket.getResolutionDueAt().orElse(null)));
    notifications.notifyStaff(
        ticket.getNumber(),
        NotificationEvent.SLA_BREACHED,
        sla(target),
        StaffAudience.managersOf(group(ticket)),
        values);
  }

  /** To the agent who was given the ticket by someone else (automatic assignment, a manager). */
  void assigned(Ticket ticket, String agent) {
    Map<String, String> values = values(ticket, null);
    values.put(NotificationValues.ASSIGNED_TO, agent);
    notifications.notifyStaff(
        ticket.getNumber(),
        NotificationEvent.TICKET_ASSIGNED,
        agent + ":" + occasion(),
        StaffAudience.user(agent),
        values);
  }

  /** To the group the ticket moved to. */
  void escalated(Ticket ticket, String from, String to, String why) {
    notifications.notifyStaff(
        ticket.getNumber(),
        NotificationEvent.TICKET_ESCALATED,
        occasion(),
        StaffAudience.group(group(ticket)),
        values(ticket, "From " + from + " to " + to + ": " + why));
  }

  /**
   * To the managers of the group the ticket is with after the complaint moved it: a complaint is an
   * escalation they must know of.
   *
   * @param staffMember who recorded the complaint, or null when the requester made it
   */
  void complaint(Ticket ticket, String reason, String staffMember) {
    String who =
        staffMember == null
            ? "Complaint from the requester: "
            : "Complaint recorded by " + staffMember + " (staff): ";
    notifications.notifyStaff(
        ticket.getNumber(),
        NotificationEvent.TICKET_ESCALATED,
        "complaint:" + occasion(),
        StaffAudience.managersOf(group(ticket)),
        values(ticket, who + reason));
  }

  /** To the managers of the group: an escalation was asked for at the top tier. */
  void noHigherTier(Ticket ticket, String detail) {
    notifications.notifyStaff(
        ticket.getNumber(),
        NotificationEvent.TICKET_ESCALATED,
        "top-tier:" + occasion(),
        StaffAudience.managersOf(group(ticket)),
        values(ticket, "Escalation asked for at the highest tier (" + detail + ")"));
  }

  private Map<String, String> values(Ticket ticket, String text) {
    Map<String, String> values = new HashMap<>();
    values.put(NotificationValues.NUMBER, ticket.getNumber());
    values.put(NotificationValues.TITLE, ticket.getTitle());
    values.put(NotificationValues.PRIORITY, ticket.getPriority().orElse(""));
    values.put(NotificationValues.GROUP, group(ticket));
    values.put(NotificationValues.TEXT, text == null ? "" : text);
    return values;
  }

  private static String group(Ticket ticket) {
    return ticket.getCandidateGroup().orElse("");
  }

  private static String sla(String target) {
    return FIRST_RESPONSE.equals(target)
        ? NotificationValues.SLA_RESPONSE
        : NotificationValues.SLA_RESOLUTION;
  }

  private String occasion() {
    return String.valueOf(clock.millis());
  }
}
