package io.ticketflow.notification;

/** What a notification tells its recipient. */
public enum NotificationEvent {
  TICKET_ACKNOWLEDGED(
      "We received your request {number}",
      "Your request \"{title}\" was received as ticket {number}. Follow it at {portalLink}"),
  WAITING_FOR_YOU(
      "Ticket {number} needs your answer", "Our agent asked: {text}\nReply at {portalLink}"),
  RESOLVED_PLEASE_CONFIRM(
      "Ticket {number} is resolved: please confirm",
      "Solution: {text}\nPlease confirm or tell us it is not solved at {portalLink}"),
  TICKET_CLOSED("Ticket {number} is closed", "Ticket {number} \"{title}\" is closed. {text}");

  private final String subjectTemplate;
  private final String bodyTemplate;

  NotificationEvent(String subjectTemplate, String bodyTemplate) {
    this.subjectTemplate = subjectTemplate;
    this.bodyTemplate = bodyTemplate;
  }

  String subjectTemplate() {
    return subjectTemplate;
  }

  String bodyTemplate() {
    return bodyTemplate;
  }
}
