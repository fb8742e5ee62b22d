package io.ticketflow.ticket;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Repeats a person's action on a ticket that lost a race: another person, or the ticket's process
 * itself, changed the ticket or its process between this action's read and its write (an optimistic
 * locking conflict, a lock that could not be had). Each attempt is a transaction of its own that
 * rolled back whole, so repeating it is safe: it reads the ticket afresh and either succeeds or
 * fails for a reason of its own (a 409 that says what changed). Only when every attempt lost does
 * the conflict reach the caller, as a 409 that says to reload.
 *
 * <p>Called outside any transaction: inside one, a conflict has already spoilt the caller's
 * transaction, so the action is run once and the conflict passed on.
 */
@Component
public class RaceRetry {

  private static final Logger LOG = LoggerFactory.getLogger(RaceRetry.class);

  /** How often an action is tried in all. */
  static final int ATTEMPTS = 5;

  /** The longest pause before the next attempt, in milliseconds; the pause grows per attempt. */
  static final int MAX_PAUSE_MILLIS = 200;

  public <T> T call(Supplier<T> action) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return action.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (ConcurrencyFailureException conflict) {
        if (attempt >= ATTEMPTS) {
          throw conflict;
        }
        LOG.debug("Attempt {} lost a race, trying again: {}", attempt, conflict.getMessage());
        pause(attempt);
      }
    }
  }

  public void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  private static void pause(int attempt) {
    int bound = Math.min(MAX_PAUSE_MILLIS, 10 << attempt);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(bound / 2, bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConcurrencyFailureException("interrupted while waiting to try again", e);
    }
  }
}
