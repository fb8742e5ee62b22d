package io.ticketflow.config;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.db.HasDbRevision;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

/**
 * Recognises the engine commands that change users, groups, tenants, memberships and
 * authorizations, and describes the change. The commands keep their arguments in fields of their
 * own; those are read by name, and an engine whose commands no longer have them is refused (the
 * unit tests name every field read here).
 */
final class IdentityChanges {

  static final String GROUP = "GROUP";
  static final String TENANT = "TENANT";
  static final String AUTHORIZATION = "AUTHORIZATION";

  private IdentityChanges() {}

  /**
   * What {@code command} is about to change, looked at before it runs (whether it creates or
   * updates, what a deleted authorization allowed); the description itself is taken after it ran,
   * when new records have their ids. Empty for any other command.
   */
  static Optional<Supplier<IdentityChange>> before(Command<?> command, CommandContext context) {
    if (command instanceof SaveUserCmd) {
      User user = read(command, "user", User.class);
      String what =
          isNew(user)
              ? "created"
              : user instanceof UserEntity entity && entity.hasNewPassword()
                  ? "password changed"
                  : "profile changed";
      return change(AuditAction.USER_CHANGED, AuditService.USER, user.getId(), what);
    }
    if (command instanceof DeleteUserCmd) {
      return change(
          AuditAction.USER_CHANGED,
          AuditService.USER,
          read(command, "userId", String.class),
          "deleted");
    }
    if (command instanceof UnlockUserCmd) {
      return change(
          AuditAction.USER_CHANGED,
          AuditService.USER,
          read(command, "userId", String.class),
          "unlocked");
    }
    if (command instanceof SaveGroupCmd) {
      Group group = read(command, "group", Group.class);
      return change(
          AuditAction.GROUP_CHANGED,
          GROUP,
          group.getId(),
          (isNew(group) ? "created" : "changed")
              + ": name '"
              + group.getName()
              + "', type "
              + group.getType());
    }
    if (command instanceof DeleteGroupCmd) {
      return change(
          AuditAction.GROUP_CHANGED, GROUP, read(command, "groupId", String.class), "deleted");
    }
    if (command instanceof SaveTenantCmd) {
      Tenant tenant = read(command, "tenant", Tenant.class);
      return change(
          AuditAction.TENANT_CHANGED,
          TENANT,
          tenant.getId(),
          (isNew(tenant) ? "created" : "changed") + ": name '" + tenant.getName() + "'");
    }
    if (command instanceof DeleteTenantCmd) {
      return change(
          AuditAction.TENANT_CHANGED, TENANT, read(command, "tenantId", String.class), "deleted");
    }
    return membership(command).or(() -> authorization(command, context));
  }

  /** The user name whose password {@code check} tests. */
  static String checkedUser(CheckPassword check) {
    return read(check, "userId", String.class);
  }

  private static Optional<Supplier<IdentityChange>> membership(Command<?> command) {
    if (command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd) {
      return change(
          AuditAction.MEMBERSHIP_CHANGED,
          AuditService.USER,
          read(command, "userId", String.class),
          (command instanceof CreateMembershipCmd ? "added to group " : "removed from group ")
              + read(command, "groupId", String.class));
    }
    if (command instanceof CreateTenantUserMembershipCmd
        || command instanceof DeleteTenantUserMembershipCmd) {
      return change(
          AuditAction.MEMBERSHIP_CHANGED,
          AuditService.USER,
          read(command, "userId", String.class),
          (command instanceof CreateTenantUserMembershipCmd
                  ? "added to tenant "
                  : "removed from tenant ")
              + read(command, "tenantId", String.class));
    }
    if (command instanceof CreateTenantGroupMembershipCmd
        || command instanceof DeleteTenantGroupMembershipCmd) {
      return change(
          AuditAction.MEMBERSHIP_CHANGED,
          GROUP,
          read(command, "groupId", String.class),
          (command instanceof CreateTenantGroupMembershipCmd
                  ? "added to tenant "
                  : "removed from tenant ")
              + read(command, "tenantId", String.class));
    }
    return Optional.empty();
  }

  private static Optional<Supplier<IdentityChange>> authorization(
      Command<?> command, CommandContext context) {
    if (command instanceof SaveAuthorizationCmd) {
      AuthorizationEntity authorization = read(command, "authorization", AuthorizationEntity.class);
      String what = authorization.getId() == null ? "created: " : "changed: ";
      return Optional.of(
          () ->
              new IdentityChange(
                  AuditAction.AUTHORIZATION_CHANGED,
                  AUTHORIZATION,
                  authorization.getId(),
                  what + describe(authorization)));
    }
    if (command instanceof DeleteAuthorizationCmd) {
      String id = read(command, "authorizationId", String.class);
      AuthorizationEntity deleted =
          id == null
              ? null
              : context.getDbEntityManager().selectById(AuthorizationEntity.class, id);
      if (deleted == null) {
        // the command refuses it: nothing is deleted, nothing to record
        return Optional.empty();
      }
      return change(
          AuditAction.AUTHORIZATION_CHANGED, AUTHORIZATION, id, "deleted: " + describe(deleted));
    }
    return Optional.empty();
  }

  /** {@code GRANT group tier1 on TASK *: READ, UPDATE}. */
  static String describe(AuthorizationEntity authorization) {
    String type =
        switch (authorization.getAuthorizationType()) {
          case Authorization.AUTH_TYPE_GLOBAL -> "GLOBAL";
          case Authorization.AUTH_TYPE_GRANT -> "GRANT";
          case Authorization.AUTH_TYPE_REVOKE -> "REVOKE";
          default -> "type " + authorization.getAuthorizationType();
        };
    String who =
        authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL
            ? ""
            : authorization.getUserId() != null
                ? " user " + authorization.getUserId()
                : authorization.getGroupId() != null ? " group " + authorization.getGroupId() : "";
    return type
        + who
        + " on "
        + resourceName(authorization.getResourceType())
        + " "
        + authorization.getResourceId()
        + ": "
        + permissions(authorization);
  }

  private static String resourceName(int resourceType) {
    return Arrays.stream(Resources.values())
        .filter(r -> r.resourceType() == resourceType)
        .map(Enum::name)
        .findFirst()
        .orElse("resource type " + resourceType);
  }

  private static String permissions(AuthorizationEntity authorization) {
    boolean revoke = authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE;
    if (revoke
        ? authorization.isEveryPermissionRevoked()
        : authorization.isEveryPermissionGranted()) {
      return Permissions.ALL.name();
    }
    String named =
        Arrays.stream(authorization.getPermissions(permissionsOf(authorization)))
            .map(Permission::getName)
            .filter(name -> !Permissions.NONE.name().equals(name))
            .filter(name -> !Permissions.ALL.name().equals(name))
            .collect(Collectors.joining(", "));
    return named.isEmpty() ? Permissions.NONE.name() : named;
  }

  private static Permission[] permissionsOf(AuthorizationEntity authorization) {
    Permission[] known =
        ResourceTypeUtil.getPermissionsByResourceType(authorization.getResourceType());
    return known == null ? Permissions.values() : known;
  }

  private static boolean isNew(Object entity) {
    return entity instanceof HasDbRevision revisioned && revisioned.getRevision() == 0;
  }

  private static Optional<Supplier<IdentityChange>> change(
      AuditAction action, String targetType, String targetId, String detail) {
    IdentityChange change = new IdentityChange(action, targetType, targetId, detail);
    return Optional.of(() -> change);
  }

  /** The command's field {@code name}, declared by its class or one it extends. */
  static <T> T read(Object command, String name, Class<T> type) {
    for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return type.cast(field.get(command));
      } catch (NoSuchFieldException notHere) {
        // declared further up, if at all
      } catch (IllegalAccessException | ClassCastException e) {
        throw unreadable(command, name, e);
      }
    }
    throw unreadable(command, name, null);
  }

  private static IllegalStateException unreadable(Object command, String name, Exception cause) {
    // fail closed: a change that cannot be recorded is not made
    return new IllegalStateException(
        "Cannot read "
            + name
            + " of "
            + command.getClass().getSimpleName()
            + " for the audit trail; has the engine changed?",
        cause);
  }
}
