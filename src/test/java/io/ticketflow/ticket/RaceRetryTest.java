package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RaceRetryTest {

  private final RaceRetry retry = new RaceRetry();
  private final AtomicInteger attempts = new AtomicInteger();

  @AfterEach
  void noTransaction() {
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }

  @Test
  void anActionThatLostARaceIsTriedAgainUntilItSucceeds() {
    String result =
        retry.call(
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new OptimisticLockingFailureException("changed at the same moment");
              }
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void aLockThatCouldNotBeHadIsARaceToo() {
    retry.run(
        () -> {
          if (attempts.incrementAndGet() == 1) {
            throw new CannotAcquireLockException("row locked");
          }
        });

    assertThat(attempts).hasValue(2);
  }

  @Test
  void theConflictReachesTheCallerWhenEveryAttemptLost() {
    assertThatThrownBy(
            () ->
                retry.run(
                    () -> {
                      attempts.incrementAndGet();
                      throw new OptimisticLockingFailureException("changed again");
                    }))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(attempts).hasValue(RaceRetry.ATTEMPTS);
  }

  @Test
  void otherFailuresAreNotRepeated() {
    assertThatThrownBy(
            () ->
                retry.run(
                    () -> {
                      attempts.incrementAndGet();
                      throw new IllegalTicketStateException("not waiting for your confirmation");
                    }))
        .isInstanceOf(IllegalTicketStateException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void insideATransactionTheActionRunsOnceSinceTheTransactionIsSpoiltAlready() {
    TransactionSynchronizationManager.setActualTransactionActive(true);

    assertThatThrownBy(
            () ->
                retry.run(
                    () -> {
                      attempts.incrementAndGet();
                      throw new OptimisticLockingFailureException("changed at the same moment");
                    }))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(attempts).hasValue(1);
  }
}
