package io.ticketflow.assignment;

/** No user with this id exists in the identity store. */
public class UnknownAgentException extends RuntimeException {

  public UnknownAgentException(String userId) {
    super("No user " + userId + " was found.");
  }
}
