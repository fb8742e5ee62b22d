package io.ticketflow.monitoring;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The process engine answers a query on its own tables: it is up, it reaches its database and its
 * schema is there. Shown as the {@code engine} component of {@code /actuator/health}.
 */
@Component("engine")
public class EngineHealthIndicator extends AbstractHealthIndicator {

  private final ManagementService management;

  public EngineHealthIndicator(ManagementService management) {
    super("The process engine cannot be reached");
    this.management = management;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.up().withDetail("schemaVersion", management.getProperties().get("schema.version"));
  }
}
