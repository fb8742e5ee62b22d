package io.ticketflow.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A manager's change to an agent's profile.
 *
 * @param skills category or subcategory names the agent takes; empty for every ticket
 * @param available whether the agent gets work automatically now
 */
public record AgentProfileRequest(
    @NotNull @Size(max = AgentProfileRequest.MAX_SKILLS)
        List<@NotBlank @Size(max = AgentProfileRequest.MAX_SKILL_LENGTH) String> skills,
    @NotNull Boolean available) {

  /** More than every category and subcategory together. */
  static final int MAX_SKILLS = 50;

  static final int MAX_SKILL_LENGTH = 40;
}
