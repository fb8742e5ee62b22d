package io.ticketflow.notification;

import java.util.Objects;
import java.util.Optional;

/**
 * The staff a notification goes to: one user, a group's members or a group's managers.
 *
 * @param kind {@link Audience#USER}, {@link Audience#GROUP} or {@link Audience#MANAGERS}
 * @param id the user id, or the group id
 */
public record StaffAudience(Audience kind, String id) {

  public StaffAudience {
    Objects.requireNonNull(kind, "kind");
    if (kind == Audience.REQUESTER) {
      throw new IllegalArgumentException("staff audience cannot be the requester");
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("staff audience needs a user or group id");
    }
  }

  public static StaffAudience user(String userId) {
    return new StaffAudience(Audience.USER, userId);
  }

  public static StaffAudience group(String groupId) {
    return new StaffAudience(Audience.GROUP, groupId);
  }

  /** The managers responsible for the group (SLA breaches). */
  public static StaffAudience managersOf(String groupId) {
    return new StaffAudience(Audience.MANAGERS, groupId);
  }

  /** The assignee when the ticket has one, otherwise the group that has it in its queue. */
  public static StaffAudience assigneeOrGroup(Optional<String> assignee, String groupId) {
    return assignee
        .filter(a -> !a.isBlank())
        .map(StaffAudience::user)
        .orElseGet(() -> group(groupId));
  }
}
