package io.ticketflow.process;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.StaleStateException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The engine's word for "someone else changed this process at the same moment", in Spring's terms,
 * which the domain and the web layer understand ({@code RaceRetry} repeats the action, the API
 * answers 409 to reload): the engine's optimistic locking conflict, its failure to resolve an
 * execution's parent while a concurrent transaction removes that parent (ENGINE-03077), and a step
 * of the process that failed on the ticket's version.
 */
final class EngineConflicts {

  /** The engine's code for an execution tree read while another transaction changed it. */
  static final String PARENT_GONE = "ENGINE-03077";

  private EngineConflicts() {}

  static <T> T translated(Supplier<T> engineCall) {
    try {
      return engineCall.get();
    } catch (OptimisticLockingException conflict) {
      throw new OptimisticLockingFailureException(
          "The ticket's process was changed at the same moment", conflict);
    } catch (ProcessEngineException e) {
      if (isConflict(e)) {
        throw new OptimisticLockingFailureException(
            "The ticket's process was changed at the same moment", e);
      }
      throw e;
    }
  }

  /**
   * Whether the engine's failure is a concurrent change: its own code for an execution's vanished
   * parent, or a step of the process (a listener, a delegate) that failed because the ticket was
   * changed at the same moment, which the engine wraps in its own exception.
   */
  static boolean isConflict(ProcessEngineException failure) {
    if (failure.getMessage() != null && failure.getMessage().startsWith(PARENT_GONE)) {
      return true;
    }
    for (Throwable cause = failure.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause instanceof ConcurrencyFailureException
          || cause instanceof OptimisticLockException
          || cause instanceof StaleStateException
          || cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  static void translated(Runnable engineCall) {
    translated(
        () -> {
          engineCall.run();
          return null;
        });
  }
}
