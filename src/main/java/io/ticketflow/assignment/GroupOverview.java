package io.ticketflow.assignment;

import java.util.List;

/** A group's assignment mode and its members' profiles and loads. */
public record GroupOverview(String group, AssignmentMode mode, List<AgentOverview> agents) {

  public GroupOverview {
    agents = List.copyOf(agents);
  }
}
