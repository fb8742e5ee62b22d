package io.ticketflow.ticket;

import java.util.Set;

/**
 * Who asks for an audited read: the staff member, their Camunda groups, and the client address the
 * request came from (null when unknown).
 */
public record StaffAccess(String user, Set<String> groups, String clientAddress) {

  public StaffAccess {
    groups = Set.copyOf(groups);
  }
}
