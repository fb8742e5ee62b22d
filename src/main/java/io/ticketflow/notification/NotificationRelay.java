package io.ticketflow.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Delivers a ticket's queued notifications right after the transaction that queued them commits, on
 * a small pool of its own: the step that caused a notification (a process step, a person's action)
 * never waits for the mail server, and a transaction that rolls back sends nothing.
 *
 * <p>Each ticket is handed over once per transaction, however many notifications it queued. When
 * delivery fails (mail server down) or the pool's queue is full, the rows stay {@code PENDING} and
 * {@link NotificationSweeper} delivers them after its grace period; {@link NotificationDispatcher}
 * claims every row, so the relay, the sweeper and other nodes never send one twice.
 */
@Component
public class NotificationRelay implements DeliveryTrigger, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationRelay.class);

  /** Threads that send mail; a mail server takes a few connections at once, not dozens. */
  static final int THREADS = 2;

  /** Tickets waiting for a thread; beyond this the sweeper delivers later. */
  static final int QUEUE = 10_000;

  private final NotificationDispatcher dispatcher;
  private final ThreadPoolTaskExecutor pool;

  public NotificationRelay(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
    this.pool = new ThreadPoolTaskExecutor();
    pool.setCorePoolSize(THREADS);
    pool.setMaxPoolSize(THREADS);
    pool.setQueueCapacity(QUEUE);
    pool.setThreadNamePrefix("notification-relay-");
    pool.setWaitForTasksToCompleteOnShutdown(false);
    pool.initialize();
  }

  @Override
  public void queued(String ticketNumber) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      submit(ticketNumber);
      return;
    }
    Tickets tickets = (Tickets) TransactionSynchronizationManager.getResource(this);
    if (tickets == null) {
      Tickets fresh = new Tickets();
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(fresh);
      tickets = fresh;
    }
    tickets.numbers.add(ticketNumber);
  }

  private void submit(String ticketNumber) {
    try {
      pool.execute(() -> deliver(ticketNumber));
    } catch (RejectedExecutionException full) {
      LOG.warn(
          "Notifications of ticket {} left to the sweeper: the relay's queue is full",
          ticketNumber);
    }
  }

  private void deliver(String ticketNumber) {
    try {
      dispatcher.deliverPending(ticketNumber);
    } catch (NotificationDeliveryException e) {
      LOG.warn("Notifications of ticket {} wait for the sweeper: {}", ticketNumber, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("Notifications of ticket {} wait for the sweeper: {}", ticketNumber, e.toString());
    }
  }

  @Override
  public void destroy() {
    pool.shutdown();
  }

  /** The tickets one transaction queued notifications for, handed over after its commit. */
  private final class Tickets implements TransactionSynchronization {
    final Set<String> numbers = new LinkedHashSet<>();

    @Override
    public void afterCommit() {
      numbers.forEach(NotificationRelay.this::submit);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(NotificationRelay.this);
    }
  }
}
