package io.ticketflow.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net: now and then delivers notifications that no process step delivered within the
 * grace period (events that no further step follows), and those a crashed sender left behind.
 */
@Component
public class NotificationSweeper {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSweeper.class);

  private final NotificationDispatcher dispatcher;

  public NotificationSweeper(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  /** Runs every {@code ticketflow.notifications.sweep-interval}. */
  @Scheduled(
      fixedDelayString = "${ticketflow.notifications.sweep-interval:1m}",
      initialDelayString = "${ticketflow.notifications.sweep-interval:1m}")
  public void sweep() {
    int sent = dispatcher.deliverOverdue();
    if (sent > 0) {
      LOG.info("Sweep delivered {} overdue notification(s)", sent);
    }
  }
}
