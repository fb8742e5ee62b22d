package io.ticketflow.config;

import io.ticketflow.audit.AuditService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link IdentityAuditInterceptor} and, after it, the {@link LoginThrottleInterceptor}
 * into the engine's command chains (a throttled login is audited as a failed one), and switches off
 * the engine's own lockout per user, which the throttle replaces.
 */
@Component
public class IdentityAuditPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<AuditService> audit;
  private final String webappPath;
  private final LoginThrottle throttle;

  public IdentityAuditPlugin(
      ObjectProvider<AuditService> audit,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      LoginThrottle throttle) {
    this.audit = audit;
    this.webappPath = webappPath;
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        withAudit(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        withAudit(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    // the engine locks a user after failed logins, whoever failed them and from wherever: anyone
    // who knows a user name could keep the user out; LoginThrottle slows the guesser instead
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
  }

  private List<CommandInterceptor> withAudit(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors =
        existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new IdentityAuditInterceptor(audit::getObject, webappPath));
    interceptors.add(new LoginThrottleInterceptor(throttle, webappPath));
    return interceptors;
  }
}
