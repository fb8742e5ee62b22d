package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff addresses from the engine's identity store, with authorizations on as in production. */
class CamundaStaffDirectoryTest {

  private static ProcessEngine engine;
  private static IdentityService identity;
  private final CamundaStaffDirectory directory = new CamundaStaffDirectory(identity);

  @BeforeAll
  static void engine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("staff-directory-test");
    configuration.setJdbcUrl("jdbc:h2:mem:staff-directory-test;DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setHistory("none");
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(true);
    engine = configuration.buildProcessEngine();
    identity = engine.getIdentityService();
    user("oscar", "oscar@ticketflow.example", "operations");
    user("olga", "olga@ticketflow.example", "operations");
    user("otto", null, "operations");
    user("mary", "mary@ticketflow.example", "tier1");
    user("megan", "megan@ticketflow.example", SupportGroups.MANAGERS.id());
    User olga = identity.createUserQuery().userId("olga").singleResult();
    olga.setFirstName("Olga");
    olga.setLastName(" Petrova ");
    identity.saveUser(olga);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @AfterEach
  void logout() {
    identity.clearAuthentication();
  }

  @Test
  void userAddressIsFoundEvenWhenTheCurrentUserMayNotReadOtherUsers() {
    identity.setAuthenticatedUserId("mary");
    assertThat(identity.createUserQuery().userId("oscar").count()).isZero();

    assertThat(directory.emailOf("oscar")).contains("oscar@ticketflow.example");
    assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("mary");
  }

  @Test
  void unknownUserOrUserWithoutAddressHasNone() {
    assertThat(directory.emailOf("nobody")).isEmpty();
    assertThat(directory.emailOf("otto")).isEmpty();
  }

  @Test
  void groupMembersWithAnAddressAreFound() {
    identity.setAuthenticatedUserId("mary");

    assertThat(directory.emailsOfGroup("operations"))
        .containsExactly("olga@ticketflow.example", "oscar@ticketflow.example");
    assertThat(directory.emailsOfGroup("nobody")).isEmpty();
    assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("mary");
  }

  @Test
  void managersOfAnyGroupAreTheManagersGroup() {
    assertThat(directory.managersOf("operations")).containsExactly("megan@ticketflow.example");
    assertThat(directory.managersOf("tier1")).containsExactly("megan@ticketflow.example");
  }

  @Test
  void nameIsFirstAndLastNameEvenWhenTheCurrentUserMayNotReadOtherUsers() {
    identity.setAuthenticatedUserId("mary");

    assertThat(directory.displayName("olga")).contains("Olga Petrova");
    assertThat(directory.displayName("otto")).isEmpty();
    assertThat(directory.displayName("nobody")).isEmpty();
    assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("mary");
  }

  private static void user(String id, String email, String group) {
    User user = identity.newUser(id);
    user.setEmail(email);
    identity.saveUser(user);
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    identity.createMembership(id, group);
  }
}
