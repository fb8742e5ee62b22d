package io.ticketflow.ticket;

/** What a linked ticket is to the ticket it is linked from. */
public enum LinkType {
  /** About the same problem or change, neither above the other. */
  RELATED,
  /** The linked ticket is this one's parent: this one is part of it. */
  PARENT,
  /** The linked ticket is part of this one. */
  CHILD;

  /** The same link as seen from the other ticket. */
  public LinkType inverse() {
    return switch (this) {
      case RELATED -> RELATED;
      case PARENT -> CHILD;
      case CHILD -> PARENT;
    };
  }
}
