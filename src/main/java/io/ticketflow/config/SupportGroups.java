package io.ticketflow.config;

import java.util.List;

/**
 * The Camunda groups the decisions route to, with what their members may open. Ids are the
 * candidate groups named in {@code dmn/ticket-routing.dmn} and {@code dmn/ticket-escalation.dmn}.
 */
public enum SupportGroups {
  TIER1("tier1", "Service desk (tier 1)", "Tier 1 queue", List.of("tasklist")),
  OPERATIONS("operations", "Operations (tier 2)", "Operations queue", List.of("tasklist")),
  APPLICATIONS("applications", "Applications (tier 2)", "Applications queue", List.of("tasklist")),
  TRAINING("training", "Training (tier 2)", "Training queue", List.of("tasklist")),
  TIER3("tier3", "Senior experts (tier 3)", "Tier 3 queue", List.of("tasklist")),
  EMERGENCY("emergency", "Emergency team", "Emergency queue", List.of("tasklist", "cockpit")),
  MANAGERS("managers", "Managers", null, List.of("tasklist", "cockpit"));

  private final String id;
  private final String displayName;
  private final String queueName;
  private final List<String> applications;

  SupportGroups(String id, String displayName, String queueName, List<String> applications) {
    this.id = id;
    this.displayName = displayName;
    this.queueName = queueName;
    this.applications = applications;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The Tasklist filter showing the group's work, or null for groups without a queue. */
  public String queueName() {
    return queueName;
  }

  public List<String> applications() {
    return applications;
  }

  public boolean isManagement() {
    return this == MANAGERS;
  }
}
