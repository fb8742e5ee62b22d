package io.ticketflow.assignment;

/** How a group's new work reaches its agents. */
public enum AssignmentMode {
  /** Agents claim work from the group's queue themselves. */
  POOL,
  /** The least-loaded available agent with the skill gets the work at once. */
  AUTO
}
