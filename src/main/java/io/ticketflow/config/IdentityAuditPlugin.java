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

/** Puts the {@link IdentityAuditInterceptor} into the engine's command chains. */
@Component
public class IdentityAuditPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<AuditService> audit;
  private final String webappPath;

  public IdentityAuditPlugin(
      ObjectProvider<AuditService> audit,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.audit = audit;
    this.webappPath = webappPath;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        withAudit(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        withAudit(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  private List<CommandInterceptor> withAudit(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors =
        existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new IdentityAuditInterceptor(audit::getObject, webappPath));
    return interceptors;
  }
}
