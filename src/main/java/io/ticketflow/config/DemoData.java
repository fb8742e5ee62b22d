package io.ticketflow.config;

import io.ticketflow.process.ProcessModel;
import io.ticketflow.process.ProcessModel.EmergencyResponse;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sets up the demo desk on first start of the demo profile: one group per support team with a
 * Tasklist queue, one agent per group (password = user id), the authorizations they need, and a
 * knowledge base of published articles ({@link DemoKnowledgeBase}). Existing entries are left
 * alone, so restarts change nothing. Never active outside the demo profile.
 */
@Component
public class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  private static final String ALL = "*";
  static final Map<SupportGroups, String[]> AGENTS =
      Map.of(
          SupportGroups.TIER1, new String[] {"mary", "Mary", "Li"},
          SupportGroups.OPERATIONS, new String[] {"oscar", "Oscar", "Wang"},
          SupportGroups.APPLICATIONS, new String[] {"amy", "Amy", "Zhang"},
          SupportGroups.TRAINING, new String[] {"tina", "Tina", "Liu"},
          SupportGroups.TIER3, new String[] {"sam", "Sam", "Chen"},
          SupportGroups.EMERGENCY, new String[] {"eric", "Eric", "Zhao"},
          SupportGroups.MANAGERS, new String[] {"megan", "Megan", "Sun"});

  private final DemoProperties properties;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final DemoKnowledgeBase knowledgeBase;

  public DemoData(
      DemoProperties properties,
      IdentityService identity,
      AuthorizationService authorizations,
      FilterService filters,
      TaskService tasks,
      DemoKnowledgeBase knowledgeBase) {
    this.properties = properties;
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.knowledgeBase = knowledgeBase;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void createDemoDesk() {
    if (!properties.enabled()) {
      return;
    }
    for (SupportGroups group : SupportGroups.values()) {
      createGroup(group);
      allowLoggingRequests(group);
      String[] agent = AGENTS.get(group);
      createUser(agent[0], agent[1], agent[2], group.id());
    }
    LOG.info(
        "Demo desk ready: agents {} (password = user name)",
        AGENTS.values().stream().map(a -> a[0]).toList());
    knowledgeBase.seed();
  }

  private void createGroup(SupportGroups support) {
    if (identity.createGroupQuery().groupId(support.id()).count() > 0) {
      return;
    }
    Group group = identity.newGroup(support.id());
    group.setName(support.displayName());
    group.setType("WORKFLOW");
    identity.saveGroup(group);
    for (String application : support.applications()) {
      grant(support.id(), Resources.APPLICATION, application, Permissions.ACCESS);
    }
    boolean oversees = support.isManagement() || support == SupportGroups.EMERGENCY;
    if (oversees) {
      grant(
          support.id(),
          Resources.PROCESS_DEFINITION,
          ALL,
          Permissions.READ,
          Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY,
          Permissions.READ_TASK);
      grant(
          support.id(),
          Resources.DECISION_DEFINITION,
          ALL,
          Permissions.READ,
          Permissions.READ_HISTORY);
      // they also declare major incidents (and drills) with the start form in Tasklist
      grant(support.id(), Resources.PROCESS_INSTANCE, ALL, Permissions.READ, Permissions.CREATE);
      grant(support.id(), Resources.DEPLOYMENT, ALL, Permissions.READ);
      grant(
          support.id(),
          Resources.PROCESS_DEFINITION,
          EmergencyResponse.KEY,
          Permissions.READ,
          Permissions.CREATE_INSTANCE);
    } else {
      grant(support.id(), Resources.PROCESS_DEFINITION, ALL, Permissions.READ);
      grant(support.id(), Resources.DECISION_DEFINITION, ALL, Permissions.READ);
    }
    if (support.queueName() != null) {
      createQueue(support);
    }
  }

  /**
   * Lets the group start {@code log-request} from Tasklist (phone, chat and IM requests). Checked
   * on every start, so that a demo database from before the process gets it too.
   */
  private void allowLoggingRequests(SupportGroups support) {
    boolean granted =
        authorizations
                .createAuthorizationQuery()
                .groupIdIn(support.id())
                .resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(ProcessModel.LogRequest.KEY)
                .count()
            > 0;
    if (granted) {
      return;
    }
    grant(
        support.id(),
        Resources.PROCESS_DEFINITION,
        ProcessModel.LogRequest.KEY,
        Permissions.READ,
        Permissions.CREATE_INSTANCE);
    // one authorization per group and resource: add to the group's existing one when it has one
    Authorization instances =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(support.id())
            .resourceType(Resources.PROCESS_INSTANCE)
            .resourceId(ALL)
            .list()
            .stream()
            .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
            .findFirst()
            .orElse(null);
    if (instances == null) {
      grant(support.id(), Resources.PROCESS_INSTANCE, ALL, Permissions.CREATE);
    } else {
      instances.addPermission(Permissions.CREATE);
      authorizations.saveAuthorization(instances);
    }
  }

  private void createQueue(SupportGroups support) {
    if (filters.createFilterQuery().filterName(support.queueName()).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(support.queueName());
    filter.setQuery(
        tasks.createTaskQuery().taskCandidateGroup(support.id()).includeAssignedTasks());
    filter.setProperties(
        Map.of(
            "description",
            "Open work of " + support.displayName(),
            "refresh",
            true,
            "priority",
            support.ordinal()));
    filters.saveFilter(filter);
    grant(support.id(), Resources.FILTER, filter.getId(), Permissions.READ);
    grant(SupportGroups.MANAGERS.id(), Resources.FILTER, filter.getId(), Permissions.READ);
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

  private void grant(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
