package io.ticketflow.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * The engine's history level {@value #NAME} ({@code camunda.bpm.history-level}): everything the
 * level {@code full} records — process, activity and task instances, incidents, decisions with
 * their inputs and outputs, jobs, identity links, the operation log — except the history of process
 * variables and form fields.
 *
 * <p>Variables are most of what the engine writes per ticket (some 35 per ticket: the routing
 * inputs, SLA due times and the work form's context), and their history is read by nothing: the
 * ticket's own event log ({@code ticket_event}) and the audit trail keep what happened, and the
 * community Cockpit shows no variable history. Leaving it out saves an insert (and an update on
 * each change) per variable and keeps requesters' details out of the engine's history.
 */
@Component
public class HistoryWithoutVariables extends AbstractProcessEnginePlugin {

  public static final String NAME = "full-without-variables";

  /** Any id the engine's own levels (0–3) do not use; stored in the database at the first start. */
  static final int ID = 30;

  static final Set<HistoryEventType> LEFT_OUT =
      Set.of(
          HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
          HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
          HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
          HistoryEventTypes.FORM_PROPERTY_UPDATE);

  static final HistoryLevel LEVEL =
      new AbstractHistoryLevel() {
        @Override
        public int getId() {
          return ID;
        }

        @Override
        public String getName() {
          return NAME;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType type, Object entity) {
          return !LEFT_OUT.contains(type);
        }
      };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels =
        configuration.getCustomHistoryLevels() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(LEVEL);
    configuration.setCustomHistoryLevels(levels);
  }
}
