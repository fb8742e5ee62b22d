package io.ticketflow.ticket;

/** An idempotency key was sent again with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException(String existingNumber) {
    super(
        "This Idempotency-Key was already used for another request (ticket "
            + existingNumber
            + ").");
  }
}
