package io.ticketflow.template;

import java.util.Optional;

/**
 * How a staff user is called in a reply ({@code {{agentName}}}). The domain does not know the
 * identity store; the application's configuration implements this port.
 */
public interface StaffNames {

  /** The user's first and last name, if the user exists and has a name. */
  Optional<String> displayName(String userId);
}
