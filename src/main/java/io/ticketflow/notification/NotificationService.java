package io.ticketflow.notification;

import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one entry point for telling a requester something. Messages are written to the outbox in the
 * caller's transaction, once per ticket and occasion, so a rolled-back step sends nothing.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository outbox;
  private final Clock clock;

  public NotificationService(NotificationRepository outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Queues a message.
   *
   * @param occasion distinguishes repeated events of one kind on one ticket (a reopen count, a
   *     comment id)
   * @param values the placeholders {@code {number}}, {@code {title}}, {@code {portalLink}}, {@code
   *     {text}}
   * @return false when this occasion was already notified
   */
  @Transactional
  public boolean notifyRequester(
      String ticketNumber,
      NotificationEvent event,
      String occasion,
      String recipient,
      Map<String, String> values) {
    String dedupKey = ticketNumber + ":" + event + ":" + occasion;
    if (outbox.existsByDedupKey(dedupKey)) {
      return false;
    }
    String subject = fill(event.subjectTemplate(), values);
    String body = fill(event.bodyTemplate(), values);
    outbox.save(
        new Notification(ticketNumber, event, dedupKey, recipient, subject, body, clock.instant()));
    LOG.info("Queued {} notification for ticket {}", event, ticketNumber);
    return true;
  }

  static String fill(String template, Map<String, String> values) {
    String text = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      text =
          text.replace(
              "{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
    }
    return text;
  }
}
