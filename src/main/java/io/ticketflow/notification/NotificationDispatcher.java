package io.ticketflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, each notification at most once as far as the database can tell.
 *
 * <p>Every row goes through three short transactions of its own, apart from the caller's: claim
 * ({@code PENDING → SENDING} by a conditional update, so of two dispatchers only one gets the row),
 * send (outside any transaction), then finish ({@code SENT}; or back to {@code PENDING} with the
 * attempt counted when the mail server failed; or {@code FAILED} when the message can never be
 * delivered). A row already sent is never claimed again.
 *
 * <p>The one window left: when the process crashes (or the database is lost) after the mail server
 * accepted a message and before {@code SENT} is committed, the row stays {@code SENDING}; after
 * {@code ticketflow.notifications.claim-timeout} it is taken as abandoned and sent once more. The
 * repeat carries the same {@code Message-ID}.
 */
@Service
public class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  /** Room for the last error in the outbox row. */
  static final int MAX_ERROR = 1000;

  private final NotificationRepository outbox;
  private final NotificationSender sender;
  private final TransactionTemplate ownTransaction;
  private final NotificationProperties properties;
  private final RequesterLinks links;
  private final Clock clock;

  public NotificationDispatcher(
      NotificationRepository outbox,
      NotificationSender sender,
      PlatformTransactionManager transactions,
      NotificationProperties properties,
      Clock clock) {
    this(outbox, sender, transactions, properties, RequesterLinks.NONE, clock);
  }

  @Autowired
  public NotificationDispatcher(
      NotificationRepository outbox,
      NotificationSender sender,
      PlatformTransactionManager transactions,
      NotificationProperties properties,
      RequesterLinks links,
      Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
    this.links = links;
    this.clock = clock;
  }

  /**
   * Sends the ticket's pending notifications, one by one, oldest first. Rows that another
   * dispatcher holds are skipped; rows that can never be delivered are marked {@code FAILED}. Does
   * nothing while mail is not configured.
   *
   * <p>Runs in transactions of its own, whatever the caller's: a claim and a delivery state are
   * committed whether or not the caller's transaction later rolls back.
   *
   * @return how many notifications this call sent
   * @throws NotificationDeliveryException when sending failed for now (mail server down); that
   *     notification is pending again with the attempt counted, later ones were not tried. Retrying
   *     the call sends what is still pending, never what was sent.
   */
  public int deliverPending(String ticketNumber) {
    if (!sender.isEnabled()) {
      LOG.debug("Mail is not configured; notifications of ticket {} stay pending", ticketNumber);
      return 0;
    }
    List<Long> due =
        inOwnTransaction(() -> outbox.findDeliverable(ticketNumber, abandonedBefore()));
    int sent = 0;
    for (Long id : due) {
      if (deliver(id)) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * Sends notifications of any ticket that have been pending longer than the grace period, and
   * those whose sender was abandoned: the safety net behind the process steps. Stops at the first
   * failure of the mail server, which then most likely fails for the others too.
   *
   * @return how many notifications were sent
   */
  public int deliverOverdue() {
    if (!sender.isEnabled()) {
      return 0;
    }
    Instant now = clock.instant();
    List<Long> due =
        inOwnTransaction(
            () ->
                outbox.findOverdue(
                    now.minus(properties.gracePeriod()),
                    abandonedBefore(),
                    PageRequest.of(0, properties.sweepBatchSize())));
    int sent = 0;
    for (Long id : due) {
      try {
        if (deliver(id)) {
          sent++;
        }
      } catch (NotificationDeliveryException e) {
        LOG.warn(
            "Delivery of overdue notifications paused until the next sweep: {}", e.getMessage());
        break;
      }
    }
    return sent;
  }

  private boolean deliver(long id) {
    String token = UUID.randomUUID().toString();
    Optional<Notification> claimed =
        inOwnTransaction(
            () ->
                outbox.claim(id, token, clock.instant(), abandonedBefore()) == 1
                    ? outbox.findById(id)
                    : Optional.<Notification>empty());
    if (claimed.isEmpty()) {
      return false;
    }
    Notification notification = claimed.get();
    try {
      sender.send(personalised(notification));
    } catch (UndeliverableNotificationException e) {
      inOwnTransaction(() -> outbox.markFailed(id, token, describe(e)));
      LOG.warn(
          "Notification {} ({}) of ticket {} cannot be delivered: {}",
          id,
          notification.getEvent(),
          notification.getTicketNumber(),
          e.getMessage());
      return false;
    } catch (RuntimeException e) {
      NotificationDeliveryException failure = new NotificationDeliveryException(notification, e);
      try {
        inOwnTransaction(() -> outbox.release(id, token, describe(e)));
      } catch (RuntimeException releaseFailed) {
        failure.addSuppressed(releaseFailed);
      }
      throw failure;
    }
    if (inOwnTransaction(() -> outbox.markSent(id, token, clock.instant())) == 0) {
      LOG.warn(
          "Notification {} was sent, but its claim had been taken over meanwhile; it may arrive"
              + " twice. Is claim-timeout shorter than sending takes?",
          id);
    } else {
      LOG.info(
          "Sent notification {} ({}) of ticket {}",
          id,
          notification.getEvent(),
          notification.getTicketNumber());
    }
    return true;
  }

  /** A requester's mail with the personal portal link; the outbox row stays as it is. */
  private Notification personalised(Notification notification) {
    if (notification.getAudience() != Audience.REQUESTER) {
      return notification;
    }
    return links
        .personal(notification.getTicketNumber(), notification.getBody())
        .map(notification::withLink)
        .orElse(notification);
  }

  private Instant abandonedBefore() {
    return clock.instant().minus(properties.claimTimeout());
  }

  private <T> T inOwnTransaction(Supplier<T> work) {
    return Objects.requireNonNull(ownTransaction.execute(status -> work.get()));
  }

  /** One line for the outbox row: the failure and its root cause. */
  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    if (root != failure) {
      text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return Texts.truncate(MailHeaders.oneLine(text), MAX_ERROR);
  }
}
