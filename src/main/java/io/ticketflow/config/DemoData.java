package io.ticketflow.config;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sets up the demo desk on first start of the demo profile: one user per group (password = user
 * id), members of the groups that {@link RoleProvisioning} creates in every profile, and a
 * knowledge base of published articles ({@link DemoKnowledgeBase}). Existing users are left alone,
 * so restarts change nothing. Never active outside the demo profile.
 */
@Component
public class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** Demo users by group: id, first name, last name. */
  static final Map<String, String[]> USERS =
      Map.of(
          SupportGroups.TIER1.id(),
          new String[] {"mary", "Mary", "Li"},
          SupportGroups.OPERATIONS.id(),
          new String[] {"oscar", "Oscar", "Wang"},
          SupportGroups.APPLICATIONS.id(),
          new String[] {"amy", "Amy", "Zhang"},
          SupportGroups.TRAINING.id(),
          new String[] {"tina", "Tina", "Liu"},
          SupportGroups.TIER3.id(),
          new String[] {"sam", "Sam", "Chen"},
          SupportGroups.EMERGENCY.id(),
          new String[] {"eric", "Eric", "Zhao"},
          SupportGroups.MANAGERS.id(),
          new String[] {"megan", "Megan", "Sun"},
          RoleProvisioning.ANALYSTS,
          new String[] {"anna", "Anna", "Xu"},
          RoleProvisioning.INTEGRATION,
          new String[] {"ivan", "Ivan", "Integration"});

  private final DemoProperties properties;
  private final IdentityService identity;
  private final DemoKnowledgeBase knowledgeBase;

  public DemoData(
      DemoProperties properties, IdentityService identity, DemoKnowledgeBase knowledgeBase) {
    this.properties = properties;
    this.identity = identity;
    this.knowledgeBase = knowledgeBase;
  }

  /** After {@link RoleProvisioning}, which creates the groups. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  public void createDemoDesk() {
    if (!properties.enabled()) {
      return;
    }
    USERS.forEach((group, user) -> createUser(user[0], user[1], user[2], group));
    LOG.info(
        "Demo desk ready: users {} (password = user name)",
        USERS.values().stream().map(u -> u[0]).sorted().toList());
    knowledgeBase.seed();
  }

  private void createUser(String id, String firstName, String lastName, String groupId) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@ticketflow.example");
    user.setPassword(id);
    identity.saveUser(user);
    identity.createMembership(id, groupId);
  }
}
