package io.ticketflow.ticket;

import java.util.Set;

/**
 * The groups a staff member belongs to. The ticket store does not know the identity store; the
 * application's configuration implements this port (Camunda's groups).
 */
public interface StaffGroups {

  /** The ids of the user's groups; empty for an unknown user or one of the application's names. */
  Set<String> groupsOf(String userId);
}
