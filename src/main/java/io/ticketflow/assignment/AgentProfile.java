package io.ticketflow.assignment;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.DynamicUpdate;

/**
 * What automatic assignment knows of an agent: skills, availability and the last time the agent got
 * work. Only changed columns are written, so recording an assignment never overwrites a manager's
 * change made at the same time.
 */
@Entity
@Table(name = "agent_profile")
@DynamicUpdate
public class AgentProfile {

  @Id
  @Column(name = "user_id", length = 64, nullable = false, updatable = false)
  private String userId;

  /** Category or subcategory names; empty means every ticket. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "skill", length = 40, nullable = false)
  private Set<String> skills = new HashSet<>();

  @Column(nullable = false)
  private boolean available;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected AgentProfile() {}

  /** The profile an agent has until a manager changes it: available, every skill. */
  AgentProfile(String userId, Instant now) {
    this.userId = userId;
    this.available = true;
    this.updatedAt = now;
  }

  /** Whether the agent may take a ticket of this category and subcategory. */
  boolean canTake(Category category, Subcategory subcategory) {
    return skills.isEmpty()
        || (category != null && skills.contains(category.name()))
        || (subcategory != null && skills.contains(subcategory.name()));
  }

  void update(Collection<String> newSkills, boolean nowAvailable, Instant now) {
    this.skills.clear();
    this.skills.addAll(newSkills);
    this.available = nowAvailable;
    this.updatedAt = now;
  }

  public String getUserId() {
    return userId;
  }

  /** The skill codes in alphabetical order. */
  public SortedSet<String> getSkills() {
    return new TreeSet<>(skills);
  }

  public boolean isAvailable() {
    return available;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
