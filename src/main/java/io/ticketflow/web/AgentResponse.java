package io.ticketflow.web;

import io.ticketflow.assignment.AgentOverview;
import io.ticketflow.assignment.AssignmentMode;
import io.ticketflow.assignment.GroupOverview;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An agent's assignment profile with the current open load.
 *
 * @param skills category and subcategory names; empty means every ticket
 * @param lastAssignedAt when the agent last got a ticket automatically, or null
 * @param openTickets assigned tickets waiting for assignment, in progress or waiting for the
 *     customer
 */
public record AgentResponse(
    String userId,
    List<String> skills,
    boolean available,
    OffsetDateTime lastAssignedAt,
    long openTickets) {

  static AgentResponse of(AgentOverview agent, ZoneId zone) {
    return new AgentResponse(
        agent.userId(),
        agent.skills(),
        agent.available(),
        TicketResponse.at(agent.lastAssignedAt(), zone),
        agent.openTickets());
  }

  /** A group's assignment mode and its members. */
  public record GroupView(String group, AssignmentMode mode, List<AgentResponse> agents) {

    static GroupView of(GroupOverview group, ZoneId zone) {
      return new GroupView(
          group.group(),
          group.mode(),
          group.agents().stream().map(a -> AgentResponse.of(a, zone)).toList());
    }
  }
}
