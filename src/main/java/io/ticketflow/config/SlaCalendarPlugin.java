package io.ticketflow.config;

import io.ticketflow.sla.SlaCalendars;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets timer durations in the models run on the SLA calendars: a {@code timeDuration} of {@code
 * business-hours:PT4H} or {@code 24x7:PT30M} (or an expression giving such a text, e.g. {@code
 * ${calendar}:${resolutionTarget}}) is counted by {@link SlaCalendars} from the engine's current
 * time; plain ISO durations such as {@code P3D} work as before.
 */
@Component
public class SlaCalendarPlugin extends AbstractProcessEnginePlugin {

  private final SlaCalendars calendars;

  public SlaCalendarPlugin(SlaCalendars calendars) {
    this.calendars = calendars;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    BusinessCalendarManager engineCalendars = configuration.getBusinessCalendarManager();
    BusinessCalendar durations =
        new SlaDurationCalendar(
            engineCalendars.getBusinessCalendar(DurationBusinessCalendar.NAME), calendars);
    configuration.setBusinessCalendarManager(
        name ->
            DurationBusinessCalendar.NAME.equals(name)
                ? durations
                : engineCalendars.getBusinessCalendar(name));
  }
}
