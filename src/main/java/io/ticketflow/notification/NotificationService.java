package io.ticketflow.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one entry point for telling someone about a ticket. Messages are written, already worded in
 * the recipient's language, to the outbox in the caller's transaction, once per ticket, event and
 * occasion, so a rolled-back step sends nothing. {@link NotificationDispatcher} delivers them.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  /** Room for the staff recipients in the outbox row. */
  static final int MAX_RECIPIENTS_TEXT = 4000;

  static final int MAX_BODY = 20000;

  private final NotificationRepository outbox;
  private final NotificationTemplates templates;
  private final StaffDirectory staff;
  private final Clock clock;
  private final DeliveryTrigger delivery;

  public NotificationService(
      NotificationRepository outbox,
      NotificationTemplates templates,
      StaffDirectory staff,
      Clock clock) {
    this(outbox, templates, staff, clock, DeliveryTrigger.NONE);
  }

  @Autowired
  public NotificationService(
      NotificationRepository outbox,
      NotificationTemplates templates,
      StaffDirectory staff,
      Clock clock,
      DeliveryTrigger delivery) {
    this.outbox = outbox;
    this.templates = templates;
    this.staff = staff;
    this.clock = clock;
    this.delivery = delivery;
  }

  /**
   * Queues a message to the requester in the default language.
   *
   * @see #notifyRequester(String, NotificationEvent, String, String, String, Map)
   */
  @Transactional
  public boolean notifyRequester(
      String ticketNumber,
      NotificationEvent event,
      String occasion,
      String recipient,
      Map<String, String> values) {
    return notifyRequester(ticketNumber, event, occasion, recipient, null, values);
  }

  /**
   * Queues a message to the ticket's requester.
   *
   * @param event one of the events for the requester ({@link NotificationEvent#forRequester()})
   * @param occasion distinguishes repeated events of one kind on one ticket (a reopen count, a
   *     comment id)
   * @param recipient the requester's e-mail address (anything else is kept, but not sent)
   * @param language the requester's language (BCP 47, e.g. {@code zh-CN}); null when unknown
   * @param values the placeholders, named in {@link NotificationValues}
   * @return false when this occasion was already notified
   */
  @Transactional
  public boolean notifyRequester(
      String ticketNumber,
      NotificationEvent event,
      String occasion,
      String recipient,
      String language,
      Map<String, String> values) {
    return notifyRequester(ticketNumber, event, occasion, recipient, language, values, null);
  }

  /**
   * Queues a message to the ticket's requester that answers the requester's mail.
   *
   * @param reply the mail it answers (threading headers, subject), or null for a plain message
   * @see #notifyRequester(String, NotificationEvent, String, String, String, Map)
   */
  @Transactional
  public boolean notifyRequester(
      String ticketNumber,
      NotificationEvent event,
      String occasion,
      String recipient,
      String language,
      Map<String, String> values,
      MailReply reply) {
    if (!event.forRequester()) {
      throw new IllegalArgumentException(event + " is for staff, not for the requester");
    }
    String dedupKey = dedupKey(ticketNumber, event, occasion);
    if (outbox.existsByDedupKey(dedupKey)) {
      return false;
    }
    String address = recipient == null || recipient.isBlank() ? null : recipient.trim();
    queue(
        ticketNumber, event, dedupKey, Audience.REQUESTER, null, address, language, values, reply);
    return true;
  }

  /**
   * Queues a message to staff: the addresses are looked up now, in the staff language.
   *
   * @param event one of the events for staff
   * @param occasion distinguishes repeated events of one kind on one ticket (an escalation count,
   *     {@code response} or {@code resolution} for SLA events)
   * @param audience the user, the group or the group's managers
   * @param values the placeholders, named in {@link NotificationValues}
   * @return false when this occasion was already notified
   */
  @Transactional
  public boolean notifyStaff(
      String ticketNumber,
      NotificationEvent event,
      String occasion,
      StaffAudience audience,
      Map<String, String> values) {
    Objects.requireNonNull(audience, "audience");
    if (event.forRequester()) {
      throw new IllegalArgumentException(event + " is for the requester, not for staff");
    }
    String dedupKey = dedupKey(ticketNumber, event, occasion);
    if (outbox.existsByDedupKey(dedupKey)) {
      return false;
    }
    List<String> addresses = addresses(audience);
    if (addresses.isEmpty()) {
      LOG.warn(
          "No e-mail address for {} {}: {} of ticket {} is kept in the app only",
          audience.kind(),
          audience.id(),
          event,
          ticketNumber);
    }
    queue(
        ticketNumber,
        event,
        dedupKey,
        audience.kind(),
        audience.id(),
        addresses.isEmpty() ? null : MailHeaders.join(addresses),
        templates.staffLanguage(),
        values,
        null);
    return true;
  }

  /** Every notification of a ticket, oldest first: the in-app view. */
  @Transactional(readOnly = true)
  public List<Notification> forTicket(String ticketNumber) {
    return outbox.findByTicketNumberOrderByIdAsc(ticketNumber);
  }

  private void queue(
      String ticketNumber,
      NotificationEvent event,
      String dedupKey,
      Audience audience,
      String audienceId,
      String recipient,
      String language,
      Map<String, String> values,
      MailReply reply) {
    NotificationTemplates.Message message =
        templates.render(event, language, values == null ? Map.of() : values);
    boolean threaded = reply != null && MailReply.isMessageId(reply.inReplyTo());
    String subject =
        threaded && reply.subject() != null
            ? MailHeaders.subject(reply.subject())
            : message.subject();
    NotificationTemplates.Message fitting =
        new NotificationTemplates.Message(
            message.language(), subject, Texts.truncate(message.text(), MAX_BODY), message.html());
    Notification notification =
        new Notification(
            ticketNumber,
            event,
            dedupKey,
            audience,
            audienceId,
            recipient,
            fitting,
            clock.instant());
    if (threaded) {
      notification.answer(reply.inReplyTo());
    }
    outbox.save(notification);
    delivery.queued(ticketNumber);
    LOG.info("Queued {} notification for ticket {}", event, ticketNumber);
  }

  /** Valid, distinct addresses that fit into the outbox row; invalid ones are left out. */
  private List<String> addresses(StaffAudience audience) {
    List<String> found =
        switch (audience.kind()) {
          case USER -> staff.emailOf(audience.id()).map(List::of).orElse(List.of());
          case GROUP -> staff.emailsOfGroup(audience.id());
          case MANAGERS -> staff.managersOf(audience.id());
          case REQUESTER -> throw new IllegalArgumentException("not a staff audience");
        };
    Map<String, String> distinct = new LinkedHashMap<>();
    int length = 0;
    for (String address : found == null ? List.<String>of() : found) {
      String trimmed = address == null ? "" : address.trim();
      if (MailHeaders.recipient(trimmed).isEmpty()) {
        LOG.warn(
            "Left out an invalid staff e-mail address of {} {}", audience.kind(), audience.id());
        continue;
      }
      String key = trimmed.toLowerCase(Locale.ROOT);
      if (distinct.containsKey(key)) {
        continue;
      }
      length += trimmed.length() + MailHeaders.SEPARATOR.length();
      if (length > MAX_RECIPIENTS_TEXT) {
        LOG.warn(
            "Too many recipients in {} {}; the rest is left out", audience.kind(), audience.id());
        break;
      }
      distinct.put(key, trimmed);
    }
    return new ArrayList<>(distinct.values());
  }

  private static String dedupKey(String ticketNumber, NotificationEvent event, String occasion) {
    return ticketNumber + ":" + event + ":" + occasion;
  }
}
