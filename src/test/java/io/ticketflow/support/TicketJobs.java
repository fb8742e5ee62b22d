package io.ticketflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.ProcessModel.TicketHandling;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs a ticket's jobs by hand: the integration tests keep the job executor off, so timers and
 * asynchronous steps happen exactly when a test says so.
 */
public final class TicketJobs {

  private static final int MAX_ROUNDS = 5;

  private final RuntimeService runtime;
  private final ManagementService management;

  public TicketJobs(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  /** Fires the ticket's timer at {@code activityId}, then runs what it started. */
  public void fire(String number, String activityId) {
    Job timer =
        management
            .createJobQuery()
            .processInstanceId(handlingInstance(number))
            .activityId(activityId)
            .singleResult();
    assertThat(timer).as("timer at " + activityId).isNotNull();
    management.executeJob(timer.getId());
    runDue(number);
  }

  /** Fires the timer at {@code activityId} of the ticket's {@code processKey} instance. */
  public void fire(String number, String processKey, String activityId) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .processDefinitionKey(processKey)
            .singleResult()
            .getId();
    Job timer =
        management
            .createJobQuery()
            .processInstanceId(instance)
            .activityId(activityId)
            .singleResult();
    assertThat(timer).as("timer at " + activityId).isNotNull();
    management.executeJob(timer.getId());
    runDue(number);
  }

  /**
   * Runs the ticket's due jobs (asynchronous steps), and those they start, in all its processes.
   */
  public void runDue(String number) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = new ArrayList<>();
      runtime
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(number)
          .list()
          .forEach(
              instance ->
                  due.addAll(
                      management
                          .createJobQuery()
                          .processInstanceId(instance.getId())
                          .executable()
                          .messages()
                          .list()));
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** The ticket's ticket-handling instance. */
  public String handlingInstance(String number) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(number)
        .processDefinitionKey(TicketHandling.KEY)
        .singleResult()
        .getId();
  }

  /** The activities the ticket's processes are at, for assertion messages. */
  public List<String> activeActivities(String number) {
    List<String> active = new ArrayList<>();
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(number)
        .list()
        .forEach(instance -> active.addAll(runtime.getActiveActivityIds(instance.getId())));
    return active;
  }
}
