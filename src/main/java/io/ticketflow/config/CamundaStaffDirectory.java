package io.ticketflow.config;

import io.ticketflow.notification.StaffDirectory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Staff e-mail addresses from Camunda's users and groups. The managers of every group are, for now,
 * the members of the {@code managers} group.
 *
 * <p>Looks users up without the current user's authorizations: an agent whose action triggers a
 * notification to a colleague need not be allowed to read that colleague's profile.
 */
@Component
public class CamundaStaffDirectory implements StaffDirectory {

  private final IdentityService identity;

  public CamundaStaffDirectory(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Optional<String> emailOf(String userId) {
    return withoutAuthentication(
        () ->
            Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
                .map(User::getEmail)
                .filter(email -> !email.isBlank()));
  }

  @Override
  public List<String> emailsOfGroup(String groupId) {
    return withoutAuthentication(
        () ->
            identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(User::getEmail)
                .filter(Objects::nonNull)
                .filter(email -> !email.isBlank())
                .toList());
  }

  @Override
  public List<String> managersOf(String groupId) {
    return emailsOfGroup(SupportGroups.MANAGERS.id());
  }

  private <T> T withoutAuthentication(Supplier<T> lookup) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return lookup.get();
    }
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      identity.setAuthentication(current);
    }
  }
}
