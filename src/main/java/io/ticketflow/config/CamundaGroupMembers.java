package io.ticketflow.config;

import io.ticketflow.assignment.GroupMembers;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Group members from the Camunda identity store. The lookups skip the engine's authorization checks
 * so that assignment sees every member whoever's call it runs in: an escalation an agent submits
 * creates the next task inside the agent's own engine command, and agents may read no user but
 * themselves. (In task listeners the engine skips the checks anyway unless {@code
 * authorizationEnabledForCustomCode} is switched on.)
 */
@Component
public class CamundaGroupMembers implements GroupMembers {

  private final ProcessEngineConfigurationImpl engine;

  public CamundaGroupMembers(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public List<String> of(String group) {
    return withoutAuthorization(
        context ->
            context
                .getReadOnlyIdentityProvider()
                .createUserQuery(context)
                .memberOfGroup(group)
                .orderByUserId()
                .asc()
                .list()
                .stream()
                .map(User::getId)
                .toList());
  }

  @Override
  public boolean exists(String userId) {
    return withoutAuthorization(
        context ->
            context.getReadOnlyIdentityProvider().createUserQuery(context).userId(userId).count()
                > 0);
  }

  private <T> T withoutAuthorization(Command<T> query) {
    return engine
        .getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(() -> query.execute(context)));
  }
}
