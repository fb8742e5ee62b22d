package io.ticketflow.assignment;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Assignment settings per candidate group.
 *
 * @param groups settings by group id; a group not listed works as a pool
 */
@ConfigurationProperties("ticketflow.assignment")
public record AssignmentProperties(Map<String, GroupSettings> groups) {

  public AssignmentProperties {
    groups = groups == null ? Map.of() : Map.copyOf(groups);
  }

  /** The group's mode; {@link AssignmentMode#POOL} unless configured otherwise. */
  public AssignmentMode modeOf(String group) {
    GroupSettings settings = group == null ? null : groups.get(group);
    return settings == null ? AssignmentMode.POOL : settings.mode();
  }

  /**
   * One group's settings.
   *
   * @param mode whether agents claim the work ({@code POOL}) or get it automatically ({@code AUTO})
   */
  public record GroupSettings(@DefaultValue("POOL") AssignmentMode mode) {}
}
