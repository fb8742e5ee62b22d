package io.ticketflow.config;

import io.ticketflow.process.ProcessModel;
import io.ticketflow.process.ProcessModel.EmergencyResponse;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The roles of the service desk as Camunda groups with their engine authorizations, set up on every
 * start in every profile: agents (the support groups), managers, the emergency team, process
 * analysts ({@value #ANALYSTS}), the integration user ({@value #INTEGRATION}) and administrators
 * ({@code camunda-admin}, created with the configured administrator). Missing groups are created
 * and missing permissions added; nothing is taken away except CREATE on deployments, which no one
 * gets: models are deployed only by the build.
 *
 * <p>Agents see and work the tasks of their groups without a grant of their own: the engine
 * authorizes the candidate group of every task it creates (READ and UPDATE on the task).
 */
@Component
public class RoleProvisioning {

  /** Process analysts: read models, decisions and history in Cockpit; change nothing. */
  public static final String ANALYSTS = "analysts";

  /** Systems that open tickets and comment on them through the staff API, and nothing else. */
  public static final String INTEGRATION = "integration";

  static final String ALL = "*";
  private static final Logger LOG = LoggerFactory.getLogger(RoleProvisioning.class);
  private static final Map<String, String> ROLE_NAMES =
      Map.of(ANALYSTS, "Process analysts", INTEGRATION, "Integrations (API only)");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final TaskService tasks;
  private final TaskFilters filters;

  public RoleProvisioning(
      IdentityService identity,
      AuthorizationService authorizations,
      TaskService tasks,
      TaskFilters filters) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.tasks = tasks;
    this.filters = filters;
  }

  /** Runs before the other start-up work, which may add members to these groups. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public void provision() {
    for (SupportGroups support : SupportGroups.values()) {
      createGroup(support.id(), support.displayName());
      grantSupportGroup(support);
      if (support.queueName() != null) {
        createQueue(support);
      }
    }
    createGroup(ANALYSTS, ROLE_NAMES.get(ANALYSTS));
    grantAnalysts();
    createGroup(INTEGRATION, ROLE_NAMES.get(INTEGRATION));
    int refused = refuseRuntimeDeployment();
    LOG.info(
        "Roles ready: support groups, {} and {}; runtime deployment refused ({} grants narrowed)",
        ANALYSTS,
        INTEGRATION,
        refused);
  }

  private void grantSupportGroup(SupportGroups support) {
    String group = support.id();
    for (String application : support.applications()) {
      grant(group, Resources.APPLICATION, application, Permissions.ACCESS);
    }
    // every staff group logs phone, chat and IM requests with the start form in Tasklist
    grant(
        group,
        Resources.PROCESS_DEFINITION,
        ProcessModel.LogRequest.KEY,
        Permissions.READ,
        Permissions.CREATE_INSTANCE);
    grant(group, Resources.PROCESS_INSTANCE, ALL, Permissions.CREATE);
    boolean oversees = support.isManagement() || support == SupportGroups.EMERGENCY;
    if (!oversees) {
      grant(group, Resources.PROCESS_DEFINITION, ALL, Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, ALL, Permissions.READ);
      return;
    }
    grant(
        group,
        Resources.PROCESS_DEFINITION,
        ALL,
        Permissions.READ,
        Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY,
        Permissions.READ_TASK);
    grant(group, Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY);
    // they also declare major incidents (and drills) with the start form in Tasklist
    grant(group, Resources.PROCESS_INSTANCE, ALL, Permissions.READ, Permissions.CREATE);
    grant(group, Resources.DEPLOYMENT, ALL, Permissions.READ);
    grant(
        group,
        Resources.PROCESS_DEFINITION,
        EmergencyResponse.KEY,
        Permissions.READ,
        Permissions.CREATE_INSTANCE);
  }

  /** Cockpit, read only: definitions, decisions, their history and deployments; no task work. */
  private void grantAnalysts() {
    grant(ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(ANALYSTS, Resources.PROCESS_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY);
    grant(ANALYSTS, Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY);
    grant(ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, ALL, Permissions.READ);
    grant(ANALYSTS, Resources.DEPLOYMENT, ALL, Permissions.READ);
  }

  /**
   * Takes CREATE on deployments from every grant that has it (the administrators' included, which
   * the engine creates with all permissions).
   *
   * @return how many grants were narrowed
   */
  int refuseRuntimeDeployment() {
    int narrowed = 0;
    for (Authorization grant :
        authorizations.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT).list()) {
      if (grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
          && grant.isPermissionGranted(Permissions.CREATE)) {
        grant.removePermission(Permissions.CREATE);
        authorizations.saveAuthorization(grant);
        narrowed++;
      }
    }
    return narrowed;
  }

  private void createGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType("WORKFLOW");
    identity.saveGroup(group);
  }

  private void createQueue(SupportGroups support) {
    filters.share(
        support.queueName(),
        "Open work of " + support.displayName(),
        tasks.createTaskQuery().taskCandidateGroup(support.id()).includeAssignedTasks(),
        support.ordinal(),
        support.id());
  }

  /**
   * Makes sure the group holds these permissions on the resource: added to its grant when it has
   * one (the engine keeps one authorization per group and resource), else a new grant.
   */
  private void grant(String group, Resource resource, String resourceId, Permission... wanted) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .list()
            .stream()
            .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
            .findFirst()
            .orElse(null);
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : wanted) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
