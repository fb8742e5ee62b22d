package io.ticketflow.assignment;

import java.util.List;

/** The identity store's view of agents and groups, as far as assignment needs it. */
public interface GroupMembers {

  /** The user ids of the group's members, ordered by id; empty for an unknown group. */
  List<String> of(String group);

  /** Whether a user with this id exists. */
  boolean exists(String userId);
}
