package io.ticketflow.config;

import io.ticketflow.sla.SlaCalendars;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's {@code duration} calendar, extended so that a timer duration may name an SLA
 * calendar: {@code business-hours:PT4H} counts four working hours, {@code 24x7:PT30M} thirty
 * minutes, both through {@link SlaCalendars}. Anything else goes to the engine's own calendar
 * unchanged. The engine's calendar interface speaks {@link Date}; this class converts at that edge.
 */
final class SlaDurationCalendar implements BusinessCalendar {

  static final String SEPARATOR = ":";

  private final BusinessCalendar engineDurations;
  private final SlaCalendars calendars;

  SlaDurationCalendar(BusinessCalendar engineDurations, SlaCalendars calendars) {
    this.engineDurations = engineDurations;
    this.calendars = calendars;
  }

  @Override
  public Date resolveDuedate(String duedate) {
    return slaDuration(duedate)
        .map(sla -> dueFrom(sla, now()))
        .orElseGet(() -> engineDurations.resolveDuedate(duedate));
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    return slaDuration(duedate)
        .map(sla -> dueFrom(sla, startDate == null ? now() : startDate.toInstant()))
        .orElseGet(() -> engineDurations.resolveDuedate(duedate, startDate));
  }

  @Override
  public Date resolveDuedate(String duedate, Task task) {
    return slaDuration(duedate)
        .map(sla -> dueFrom(sla, now()))
        .orElseGet(() -> engineDurations.resolveDuedate(duedate, task));
  }

  private Date dueFrom(SlaDuration sla, Instant start) {
    try {
      return Date.from(calendars.dueAt(sla.calendar(), start, Duration.parse(sla.duration())));
    } catch (RuntimeException e) {
      throw new ProcessEngineException(
          "Cannot resolve the due date of '"
              + sla.expression()
              + "': expected <calendar>"
              + SEPARATOR
              + "<ISO-8601 duration>, e.g. "
              + SlaCalendars.BUSINESS_HOURS
              + SEPARATOR
              + "PT4H ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static Optional<SlaDuration> slaDuration(String duedate) {
    if (duedate == null) {
      return Optional.empty();
    }
    String text = duedate.strip();
    return SlaCalendars.NAMES.stream()
        .filter(name -> text.startsWith(name + SEPARATOR))
        .findFirst()
        .map(
            name ->
                new SlaDuration(text, name, text.substring(name.length() + SEPARATOR.length())));
  }

  /** A duration on a named calendar, as written in the model: {@code business-hours:PT4H}. */
  private record SlaDuration(String expression, String calendar, String duration) {}
}
