package io.ticketflow.config;

import io.ticketflow.process.listeners.WorkTaskCreatedListener;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters of every support group on start, in every profile: the
 * group's open tickets by resolution due date, those breaching within the hour, and its unassigned
 * P1/P2 tickets. Readable by the group and the managers. A filter that exists by name is left
 * alone, so restarts and edits made in Tasklist are kept.
 *
 * <p>Tickets waiting for the requester have no filter: while a ticket waits, its work task has
 * ended (tiered-support ends at "Waiting for customer"), so Tasklist has no task to show; the staff
 * API lists them by status.
 */
@Component
public class TaskFilters {

  /** Stored in the "breaching" filters; QueryExpressionGuard allows exactly this expression. */
  static final String IN_ONE_HOUR = "${dateTime().plusHours(1)}";

  private static final Logger LOG = LoggerFactory.getLogger(TaskFilters.class);

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  public TaskFilters(
      FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  /** One filter of a group: its name suffix, description and query. */
  record Kind(String suffix, String description, Function<String, TaskQuery> query) {}

  List<Kind> kinds() {
    int urgent = WorkTaskCreatedListener.TASK_PRIORITIES.get("P2");
    return List.of(
        new Kind(
            "open tickets",
            "Open tickets of the group, the one whose resolution is due first on top",
            group ->
                tasks
                    .createTaskQuery()
                    .taskCandidateGroup(group)
                    .includeAssignedTasks()
                    .orderByDueDate()
                    .asc()),
        new Kind(
            "breaching within 1 h",
            "Tickets of the group whose resolution is due within the next hour or overdue",
            group ->
                tasks
                    .createTaskQuery()
                    .taskCandidateGroup(group)
                    .includeAssignedTasks()
                    .dueBeforeExpression(IN_ONE_HOUR)
                    .orderByDueDate()
                    .asc()),
        new Kind(
            "unassigned P1/P2",
            "P1 and P2 tickets of the group that nobody has claimed yet",
            group ->
                tasks
                    .createTaskQuery()
                    .taskCandidateGroup(group)
                    .taskUnassigned()
                    .taskMinPriority(urgent)
                    .orderByDueDate()
                    .asc()));
  }

  /** The filter's name, e.g. "Applications (tier 2): unassigned P1/P2". */
  public static String name(SupportGroups group, String suffix) {
    return group.displayName() + ": " + suffix;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void createFilters() {
    int created = 0;
    List<Kind> kinds = kinds();
    for (SupportGroups group : SupportGroups.values()) {
      if (group.queueName() == null) {
        continue;
      }
      for (int k = 0; k < kinds.size(); k++) {
        if (create(group, kinds.get(k), 100 + group.ordinal() * kinds.size() + k)) {
          created++;
        }
      }
    }
    if (created > 0) {
      LOG.info("Created {} shared Tasklist filters", created);
    }
  }

  private boolean create(SupportGroups group, Kind kind, int order) {
    return share(
        name(group, kind.suffix()),
        kind.description(),
        kind.query().apply(group.id()),
        order,
        group.id());
  }

  /**
   * Saves a shared filter unless one of that name exists, readable by the group and the managers.
   *
   * @param order the filter's place in Tasklist's list
   * @return whether it was created
   */
  boolean share(String name, String description, TaskQuery query, int order, String groupId) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return false;
    }
    Filter filter = filters.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(Map.of("description", description, "refresh", true, "priority", order));
    filters.saveFilter(filter);
    grantRead(groupId, filter.getId());
    grantRead(SupportGroups.MANAGERS.id(), filter.getId());
    return true;
  }

  private void grantRead(String groupId, String filterId) {
    Authorization authorization =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filterId);
    authorization.addPermission(Permissions.READ);
    authorizations.saveAuthorization(authorization);
  }
}
