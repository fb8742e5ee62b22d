package io.ticketflow.notification;

/**
 * Told when notifications of a ticket were queued in the outbox, so that they can be delivered as
 * soon as the transaction that queued them has committed.
 */
@FunctionalInterface
public interface DeliveryTrigger {

  /** Nothing is delivered on queueing; the sweeper still delivers after its grace period. */
  DeliveryTrigger NONE = ticketNumber -> {};

  void queued(String ticketNumber);
}
