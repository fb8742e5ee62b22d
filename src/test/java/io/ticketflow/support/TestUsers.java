package io.ticketflow.support;

/** Users the integration tests act as: the configured administrator and the demo desk's agents. */
public final class TestUsers {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "admin-secret-7";

  /** Demo agents; their password is their user name. */
  public static final String TIER1_AGENT = "mary";

  public static final String OPERATIONS_AGENT = "oscar";
  public static final String APPLICATIONS_AGENT = "amy";
  public static final String TIER3_AGENT = "sam";
  public static final String EMERGENCY_AGENT = "eric";
  public static final String MANAGER = "megan";

  /** Demo process analyst (group analysts) and integration user (group integration). */
  public static final String ANALYST = "anna";

  public static final String INTEGRATION = "ivan";

  /** The bearer token the integration tests' Alertmanager webhook expects. */
  public static final String ALERTMANAGER_TOKEN = "it-alertmanager-token-5f2c";

  private TestUsers() {}
}
