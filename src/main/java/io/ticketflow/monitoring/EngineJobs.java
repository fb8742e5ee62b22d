package io.ticketflow.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** The engine's timer jobs as the gauges read them; the engine's {@link Job} speaks Date. */
final class EngineJobs {

  private EngineJobs() {}

  /** When the timer that has been due longest (and may run) was due; empty when none is due. */
  static Optional<Instant> oldestDueTimer(ManagementService management) {
    List<Job> oldest =
        management.createJobQuery().timers().executable().orderByJobDuedate().asc().listPage(0, 1);
    return oldest.stream()
        .map(Job::getDuedate)
        .filter(due -> due != null)
        .map(due -> due.toInstant())
        .findFirst();
  }
}
