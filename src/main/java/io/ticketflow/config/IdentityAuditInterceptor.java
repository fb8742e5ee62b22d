package io.ticketflow.config;

import io.ticketflow.audit.AuditService;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records in the audit trail every change the engine makes to users, groups, tenants, memberships
 * and authorizations, whoever asks for it (the Admin webapp, {@code /engine-rest}, the application
 * itself), and every password check that fails (a failed login through HTTP Basic on {@code /api}
 * or {@code /engine-rest}, or through the webapps' login form, all of which check the password with
 * the engine). It sits after the engine's transaction interceptor, so a change is recorded in the
 * transaction that makes it: when the change fails, its entry is rolled back with it. A failed
 * password check is recorded in a transaction of its own.
 */
public class IdentityAuditInterceptor extends CommandInterceptor {

  /** The actor of changes made without a user, e.g. the provisioning at start-up. */
  static final String SYSTEM = "system";

  private final Supplier<AuditService> audit;
  private final String webappPath;

  /**
   * @param audit the audit trail, looked up when first needed (the engine starts before it)
   * @param webappPath where the Camunda webapps are served, e.g. {@code /camunda}
   */
  public IdentityAuditInterceptor(Supplier<AuditService> audit, String webappPath) {
    this.audit = audit;
    this.webappPath = webappPath;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof CheckPassword check) {
      T valid = next.execute(command);
      if (Boolean.FALSE.equals(valid)) {
        RequestOrigin origin = RequestOrigin.current(webappPath);
        audit
            .get()
            .loginFailed(
                IdentityChanges.checkedUser(check), origin.channel(), null, origin.clientAddress());
      }
      return valid;
    }
    CommandContext context = Context.getCommandContext();
    Optional<Supplier<IdentityChange>> pending = IdentityChanges.before(command, context);
    T result = next.execute(command);
    if (pending.isPresent()) {
      IdentityChange change = pending.get().get();
      RequestOrigin origin = RequestOrigin.current(webappPath);
      audit
          .get()
          .record(
              change.action(),
              actor(context),
              change.targetType(),
              change.targetId(),
              change.detail() + "; via " + origin.channel(),
              origin.clientAddress());
    }
    return result;
  }

  /**
   * The engine's current user; else the application's authenticated caller (a change the
   * application makes on a user's behalf); else {@link #SYSTEM}.
   */
  static String actor(CommandContext context) {
    String engineUser = context == null ? null : context.getAuthenticatedUserId();
    if (engineUser != null) {
      return engineUser;
    }
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller != null
        && caller.isAuthenticated()
        && !(caller instanceof AnonymousAuthenticationToken)) {
      return caller.getName();
    }
    return SYSTEM;
  }
}
