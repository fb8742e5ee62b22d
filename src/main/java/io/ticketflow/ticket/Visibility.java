package io.ticketflow.ticket;

/** Who may read a comment: the requester too ({@code PUBLIC}) or staff only ({@code INTERNAL}). */
public enum Visibility {
  PUBLIC,
  INTERNAL
}
