package io.ticketflow.sla;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The business-hours calendar that SLA targets on {@code business-hours} run on.
 *
 * @param zone where the working day is
 * @param workdayStart opening time on a working day
 * @param workdayEnd closing time on a working day
 * @param workingDays the weekdays that are working days
 * @param holidays dates that are not working days even on a working weekday
 */
@Validated
@ConfigurationProperties("ticketflow.sla.business-hours")
public record SlaProperties(
    @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
    @NotNull @DefaultValue("09:00") LocalTime workdayStart,
    @NotNull @DefaultValue("18:00") LocalTime workdayEnd,
    @NotEmpty @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
        Set<DayOfWeek> workingDays,
    @DefaultValue({}) List<LocalDate> holidays) {

  public SlaProperties {
    if (workdayStart != null && workdayEnd != null && !workdayEnd.isAfter(workdayStart)) {
      throw new IllegalArgumentException(
          "ticketflow.sla.business-hours: workday-end must be after workday-start");
    }
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
  }
}
