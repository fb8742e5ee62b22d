package io.ticketflow.config;

import io.ticketflow.notification.StaffDirectory;
import io.ticketflow.template.StaffNames;
import io.ticketflow.ticket.StaffGroups;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Staff e-mail addresses, names and group memberships from Camunda's users and groups. The managers
 * of every group are, for now, the members of the {@code managers} group.
 *
 * <p>Looks users up without the current user's authorizations: an agent whose action triggers a
 * notification to a colleague need not be allowed to read that colleague's profile.
 */
@Component
public class CamundaStaffDirectory implements StaffDirectory, StaffNames, StaffGroups {

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
  public Optional<String> displayName(String userId) {
    return withoutAuthentication(
        () ->
            Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
                .map(
                    user ->
                        Stream.of(user.getFirstName(), user.getLastName())
                            .filter(Objects::nonNull)
                            .map(String::strip)
                            .filter(part -> !part.isEmpty())
                            .collect(Collectors.joining(" ")))
                .filter(name -> !name.isEmpty()));
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

  @Override
  public Set<String> groupsOf(String userId) {
    return withoutAuthentication(
        () ->
            identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toUnmodifiableSet()));
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
