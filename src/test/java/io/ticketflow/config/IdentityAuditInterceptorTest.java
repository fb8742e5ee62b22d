package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.ticketflow.audit.AuditAction;
import io.ticketflow.audit.AuditService;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
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
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Which engine commands reach the audit trail, and how they are described. */
class IdentityAuditInterceptorTest {

  private final AuditService audit = mock(AuditService.class);
  private final CommandContext context = mock(CommandContext.class);
  private final DbEntityManager entities = mock(DbEntityManager.class);
  private final IdentityAuditInterceptor interceptor =
      new IdentityAuditInterceptor(() -> audit, "/camunda");
  private Object result;
  private RuntimeException failure;

  @BeforeEach
  void setUp() {
    interceptor.setNext(
        new CommandInterceptor() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> T execute(Command<T> command) {
            if (failure != null) {
              throw failure;
            }
            if (command instanceof SaveAuthorizationCmd) {
              AuthorizationEntity saved =
                  IdentityChanges.read(command, "authorization", AuthorizationEntity.class);
              if (saved.getId() == null) {
                saved.setId("auth-1");
              }
              return (T) saved;
            }
            return (T) result;
          }
        });
    when(context.getDbEntityManager()).thenReturn(entities);
    when(context.getAuthenticatedUserId()).thenReturn("admin");
    Context.setCommandContext(context);
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/user/create");
    request.setRemoteAddr("10.0.0.5");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
  }

  @AfterEach
  void tearDown() {
    Context.removeCommandContext();
    RequestContextHolder.resetRequestAttributes();
    SecurityContextHolder.clearContext();
  }

  @Test
  void aNewUserIsRecordedWithTheEngineUserTheChannelAndTheAddress() {
    interceptor.execute(new SaveUserCmd(new UserEntity("zoe")));

    verify(audit)
        .record(
            AuditAction.USER_CHANGED,
            "admin",
            "USER",
            "zoe",
            "created; via engine-rest",
            "10.0.0.5");
  }

  @Test
  void userChangesSayWhatChanged() {
    UserEntity existing = new UserEntity("zoe");
    existing.setRevision(1);
    assertThat(describe(new SaveUserCmd(existing))).isEqualTo(user("zoe", "profile changed"));
    existing.setPassword("new-secret");
    assertThat(describe(new SaveUserCmd(existing))).isEqualTo(user("zoe", "password changed"));
    assertThat(describe(new DeleteUserCmd("zoe"))).isEqualTo(user("zoe", "deleted"));
    assertThat(describe(new UnlockUserCmd("zoe"))).isEqualTo(user("zoe", "unlocked"));
  }

  @Test
  void groupAndTenantChangesNameTheRecord() {
    GroupEntity group = new GroupEntity("auditors");
    group.setName("Auditors");
    group.setType("WORKFLOW");
    assertThat(describe(new SaveGroupCmd(group)))
        .isEqualTo(
            new IdentityChange(
                AuditAction.GROUP_CHANGED,
                "GROUP",
                "auditors",
                "created: name 'Auditors', type WORKFLOW"));
    group.setRevision(2);
    assertThat(describe(new SaveGroupCmd(group)).detail()).startsWith("changed: ");
    assertThat(describe(new DeleteGroupCmd("auditors")))
        .isEqualTo(new IdentityChange(AuditAction.GROUP_CHANGED, "GROUP", "auditors", "deleted"));

    TenantEntity tenant = new TenantEntity("north");
    tenant.setName("North");
    assertThat(describe(new SaveTenantCmd(tenant)))
        .isEqualTo(
            new IdentityChange(
                AuditAction.TENANT_CHANGED, "TENANT", "north", "created: name 'North'"));
    assertThat(describe(new DeleteTenantCmd("north")).detail()).isEqualTo("deleted");
  }

  @Test
  void membershipsAreRecordedOnTheUserOrGroupThatJoinsOrLeaves() {
    assertThat(describe(new CreateMembershipCmd("zoe", "managers")))
        .isEqualTo(membership("USER", "zoe", "added to group managers"));
    assertThat(describe(new DeleteMembershipCmd("zoe", "managers")))
        .isEqualTo(membership("USER", "zoe", "removed from group managers"));
    assertThat(describe(new CreateTenantUserMembershipCmd("north", "zoe")))
        .isEqualTo(membership("USER", "zoe", "added to tenant north"));
    assertThat(describe(new DeleteTenantUserMembershipCmd("north", "zoe")))
        .isEqualTo(membership("USER", "zoe", "removed from tenant north"));
    assertThat(describe(new CreateTenantGroupMembershipCmd("north", "tier1")))
        .isEqualTo(membership("GROUP", "tier1", "added to tenant north"));
    assertThat(describe(new DeleteTenantGroupMembershipCmd("north", "tier1")))
        .isEqualTo(membership("GROUP", "tier1", "removed from tenant north"));
  }

  @Test
  void aNewAuthorizationIsRecordedWithItsIdResourceHolderAndPermissions() {
    AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("tier1");
    grant.setResource(Resources.TASK);
    grant.setResourceId("*");
    grant.addPermission(TaskPermissions.READ);
    grant.addPermission(TaskPermissions.UPDATE);

    interceptor.execute(new SaveAuthorizationCmd(grant));

    verify(audit)
        .record(
            AuditAction.AUTHORIZATION_CHANGED,
            "admin",
            "AUTHORIZATION",
            "auth-1",
            "created: GRANT group tier1 on TASK *: READ, UPDATE; via engine-rest",
            "10.0.0.5");
  }

  @Test
  void authorizationsForAUserAllPermissionsAndRevocationsAreSpelledOut() {
    AuthorizationEntity all = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    all.setUserId("zoe");
    all.setResource(Resources.PROCESS_DEFINITION);
    all.setResourceId("ticket-handling");
    all.addPermission(Permissions.ALL);
    assertThat(IdentityChanges.describe(all))
        .isEqualTo("GRANT user zoe on PROCESS_DEFINITION ticket-handling: ALL");

    AuthorizationEntity revoke = new AuthorizationEntity(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId("tier1");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId("*");
    revoke.removePermission(TaskPermissions.DELETE);
    assertThat(IdentityChanges.describe(revoke)).isEqualTo("REVOKE group tier1 on TASK *: DELETE");

    AuthorizationEntity global = new AuthorizationEntity(Authorization.AUTH_TYPE_GLOBAL);
    global.setResource(Resources.FILTER);
    global.setResourceId("*");
    global.addPermission(Permissions.CREATE);
    assertThat(IdentityChanges.describe(global)).isEqualTo("GLOBAL on FILTER *: CREATE");
  }

  @Test
  void aDeletedAuthorizationIsDescribedAsItWasAndAnUnknownOneIsNotRecorded() {
    AuthorizationEntity existing = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    existing.setId("auth-9");
    existing.setGroupId("tier1");
    existing.setResource(Resources.TASK);
    existing.setResourceId("*");
    existing.addPermission(TaskPermissions.READ);
    when(entities.selectById(AuthorizationEntity.class, "auth-9")).thenReturn(existing);

    assertThat(describe(new DeleteAuthorizationCmd("auth-9")))
        .isEqualTo(
            new IdentityChange(
                AuditAction.AUTHORIZATION_CHANGED,
                "AUTHORIZATION",
                "auth-9",
                "deleted: GRANT group tier1 on TASK *: READ"));
    assertThat(IdentityChanges.before(new DeleteAuthorizationCmd("missing"), context)).isEmpty();
  }

  @Test
  void aChangeThatFailsIsNotRecorded() {
    failure = new IllegalStateException("duplicate user");

    assertThatThrownBy(() -> interceptor.execute(new SaveUserCmd(new UserEntity("zoe"))))
        .isSameAs(failure);
    verifyNoInteractions(audit);
  }

  @Test
  void otherCommandsPassUnrecorded() {
    result = "done";
    Command<Object> other = commandContext -> "done";

    assertThat(interceptor.execute(other)).isEqualTo("done");
    verifyNoInteractions(audit);
  }

  @Test
  void aFailedPasswordCheckIsAFailedLoginWithTheNameButNeverThePassword() {
    MockHttpServletRequest login =
        new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/cockpit");
    login.setRemoteAddr("10.0.0.6");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(login));

    result = Boolean.FALSE;
    assertThat(interceptor.execute(new CheckPassword("zoe", "wrong-password"))).isEqualTo(false);
    verify(audit).loginFailed("zoe", "webapp/cockpit", null, "10.0.0.6");

    result = Boolean.TRUE;
    interceptor.execute(new CheckPassword("zoe", "right-password"));
    verify(audit, times(1)).loginFailed(any(), any(), any(), any());
  }

  @Test
  void withoutAnEngineUserTheCallerOrElseTheSystemIsTheActor() {
    assertThat(IdentityAuditInterceptor.actor(null)).isEqualTo("system");
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    assertThat(IdentityAuditInterceptor.actor(null)).isEqualTo("system");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated("megan", null, List.of()));
    assertThat(IdentityAuditInterceptor.actor(null)).isEqualTo("megan");
    assertThat(IdentityAuditInterceptor.actor(context)).isEqualTo("admin");
  }

  @Test
  void theChannelComesFromTheRequestPath() {
    assertThat(RequestOrigin.channel("/api/tickets", "/camunda")).isEqualTo("api");
    assertThat(RequestOrigin.channel("/engine-rest/user/create", "/camunda"))
        .isEqualTo("engine-rest");
    assertThat(
            RequestOrigin.channel(
                "/camunda/api/admin/auth/user/default/login/tasklist", "/camunda"))
        .isEqualTo("webapp/tasklist");
    assertThat(RequestOrigin.channel("/camunda/api/engine/engine/default/user/create", "/camunda"))
        .isEqualTo("webapp");
    assertThat(RequestOrigin.channel("/actuator/health", "/camunda")).isEqualTo("http");
    assertThat(RequestOrigin.channel("/apiary", "/camunda")).isEqualTo("http");

    RequestContextHolder.resetRequestAttributes();
    assertThat(RequestOrigin.current("/camunda")).isEqualTo(new RequestOrigin("engine", null));
  }

  @Test
  void aCommandWhoseArgumentsCannotBeReadIsRefused() {
    assertThatThrownBy(
            () -> IdentityChanges.read(new DeleteUserCmd("zoe"), "groupId", String.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DeleteUserCmd");
    assertThatThrownBy(
            () -> IdentityChanges.read(new DeleteUserCmd("zoe"), "userId", Integer.class))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void thePluginAddsTheInterceptorsAfterTheEngineTransactionAndEndsTheEnginesLockout() {
    org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration configuration =
        new org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration();
    @SuppressWarnings("unchecked")
    org.springframework.beans.factory.ObjectProvider<AuditService> provider =
        mock(org.springframework.beans.factory.ObjectProvider.class);

    new IdentityAuditPlugin(provider, "/camunda", mock(LoginThrottle.class)).preInit(configuration);

    // audited first, so that a throttled login is audited as a failed one
    assertThat(configuration.getCustomPostCommandInterceptorsTxRequired())
        .hasExactlyElementsOfTypes(IdentityAuditInterceptor.class, LoginThrottleInterceptor.class);
    assertThat(configuration.getCustomPostCommandInterceptorsTxRequiresNew())
        .hasExactlyElementsOfTypes(IdentityAuditInterceptor.class, LoginThrottleInterceptor.class);
    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
    assertThat(configuration.getLoginDelayBase()).isZero();
  }

  private IdentityChange describe(Command<?> command) {
    Optional<Supplier<IdentityChange>> change = IdentityChanges.before(command, context);
    assertThat(change).as(command.getClass().getSimpleName()).isPresent();
    return change.get().get();
  }

  private static IdentityChange user(String id, String detail) {
    return new IdentityChange(AuditAction.USER_CHANGED, "USER", id, detail);
  }

  private static IdentityChange membership(String type, String id, String detail) {
    return new IdentityChange(AuditAction.MEMBERSHIP_CHANGED, type, id, detail);
  }
}
