package io.ticketflow.notification;

import java.util.List;
import java.util.Optional;

/**
 * Where staff e-mail addresses come from. The domain does not know the identity store; the
 * application's configuration implements this port (Camunda's users and groups).
 */
public interface StaffDirectory {

  /** The e-mail address of a staff user, if the user exists and has one. */
  Optional<String> emailOf(String userId);

  /** The e-mail addresses of a group's members that have one. */
  List<String> emailsOfGroup(String groupId);

  /** The e-mail addresses of the managers responsible for a group. */
  List<String> managersOf(String groupId);
}
