package io.ticketflow.sla;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The business-hours calendar that SLA targets on {@code business-hours} run on.
 *
 * <p>A date is a working day when it is a make-up day (regular hours), or when it is no holiday and
 * its weekday is in {@code workingDays} (regular hours) or in {@code weekdayHours} (that weekday's
 * hours).
 *
 * @param zone where the working day is
 * @param workdayStart opening time on a working day (the regular hours)
 * @param workdayEnd closing time on a working day (the regular hours)
 * @param workingDays the weekdays that are working days with the regular hours
 * @param weekdayHours weekdays with hours of their own, e.g. Saturday 09:00–12:00; a weekday here
 *     is a working day even when it is not in {@code workingDays}
 * @param holidays dates that are not working days even on a working weekday
 * @param makeUpDays dates that are working days with the regular hours even on a weekend
 * @param holidayFile a Spring resource location of a YAML or properties file with more {@code
 *     holidays} and {@code make-up-days} (see {@link HolidayFile}); empty for none
 */
@Validated
@ConfigurationProperties("ticketflow.sla.business-hours")
public record SlaProperties(
    @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
    @NotNull @DefaultValue("09:00") LocalTime workdayStart,
    @NotNull @DefaultValue("18:00") LocalTime workdayEnd,
    @NotEmpty @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
        Set<DayOfWeek> workingDays,
    @DefaultValue({}) Map<DayOfWeek, WorkingHours> weekdayHours,
    @DefaultValue({}) List<LocalDate> holidays,
    @DefaultValue({}) List<LocalDate> makeUpDays,
    @DefaultValue(SlaProperties.DEFAULT_HOLIDAY_FILE) String holidayFile) {

  public static final String PREFIX = "ticketflow.sla.business-hours";

  /** The shipped sample: China's 2026 public holidays and make-up working days. */
  public static final String DEFAULT_HOLIDAY_FILE = "classpath:calendar/holidays-cn-2026.yaml";

  /** No holiday file: only the holidays and make-up days given directly. */
  public static final String NO_HOLIDAY_FILE = "";

  @ConstructorBinding
  public SlaProperties {
    if (workdayStart != null && workdayEnd != null && !workdayEnd.isAfter(workdayStart)) {
      throw new IllegalArgumentException(PREFIX + ": workday-end must be after workday-start");
    }
    workingDays = workingDays == null ? null : Set.copyOf(workingDays);
    weekdayHours = weekdayHours == null ? Map.of() : Map.copyOf(weekdayHours);
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    makeUpDays = makeUpDays == null ? List.of() : List.copyOf(makeUpDays);
    holidayFile = holidayFile == null ? NO_HOLIDAY_FILE : holidayFile.strip();
    Set<LocalDate> both = new HashSet<>(holidays);
    both.retainAll(makeUpDays);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          PREFIX + ": dates both in holidays and in make-up-days: " + new TreeSet<>(both));
    }
  }

  /** The same hours every working day, no make-up days and no holiday file. */
  public SlaProperties(
      ZoneId zone,
      LocalTime workdayStart,
      LocalTime workdayEnd,
      Set<DayOfWeek> workingDays,
      List<LocalDate> holidays) {
    this(
        zone,
        workdayStart,
        workdayEnd,
        workingDays,
        Map.of(),
        holidays,
        List.of(),
        NO_HOLIDAY_FILE);
  }
}
