package io.ticketflow.assignment;

import java.time.Instant;
import java.util.List;

/**
 * An agent as a manager sees it: the profile (or its defaults) with the current open load.
 *
 * @param skills category and subcategory names; empty means every ticket
 * @param lastAssignedAt when the agent last got work automatically, or null
 * @param openTickets tickets assigned to the agent that are waiting, in progress or waiting for the
 *     customer
 */
public record AgentOverview(
    String userId,
    List<String> skills,
    boolean available,
    Instant lastAssignedAt,
    long openTickets) {

  public AgentOverview {
    skills = List.copyOf(skills);
  }
}
