package io.ticketflow.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Computes SLA times on the named calendars: {@code 24x7} (every instant counts) or {@code
 * business-hours} (only working time counts: see {@link SlaProperties}).
 *
 * <p>The BPMN timers use the same code through the engine plugin in {@code config/}, so a timer's
 * due date and the due time stored on the ticket agree.
 */
@Service
public class SlaCalendars {

  public static final String ROUND_THE_CLOCK = "24x7";
  public static final String BUSINESS_HOURS = "business-hours";

  /** Every calendar name, as the decisions and the timer expressions use them. */
  public static final List<String> NAMES = List.of(ROUND_THE_CLOCK, BUSINESS_HOURS);

  /** Ten years of days without a working minute means the calendar is misconfigured. */
  private static final int MAX_DAYS_OFF_IN_A_ROW = 3660;

  private static final int NANOS_SCALE = 9;

  private final BusinessHours businessHours;
  private final double warningFraction;

  /**
   * The application's calendars: business hours from the properties and their holiday file,
   * warnings at the configured fraction.
   *
   * @throws IllegalArgumentException when the holiday file is missing or malformed, or a date is
   *     both a holiday and a make-up day
   */
  @Autowired
  public SlaCalendars(
      SlaProperties businessHours, SlaWarningProperties warnings, ResourceLoader resources) {
    this.businessHours =
        BusinessHours.of(businessHours, HolidayFile.load(resources, businessHours.holidayFile()));
    this.warningFraction = warnings.warningFraction();
  }

  /** Calendars with the default warning fraction; a holiday file is read from the classpath. */
  public SlaCalendars(SlaProperties businessHours) {
    this(
        businessHours,
        SlaWarningProperties.defaults(),
        new DefaultResourceLoader(SlaCalendars.class.getClassLoader()));
  }

  /**
   * The instant when {@code target} of working time has passed on {@code calendar}, counted from
   * {@code start}. A target that ends exactly at a closing time is due at that closing time, not at
   * the next opening.
   *
   * @throws UnknownCalendarException for a calendar name that is not in {@link #NAMES}
   * @throws IllegalArgumentException for a negative target
   */
  public Instant dueAt(String calendar, Instant start, Duration target) {
    if (target.isNegative()) {
      throw new IllegalArgumentException("An SLA target cannot be negative: " + target);
    }
    if (ROUND_THE_CLOCK.equals(calendar)) {
      return start.plus(target);
    }
    if (BUSINESS_HOURS.equals(calendar)) {
      return addWorkingTime(start, target);
    }
    throw new UnknownCalendarException(calendar);
  }

  /**
   * The working time on {@code calendar} between two instants: on {@code 24x7} the plain
   * difference, on {@code business-hours} only the time within working hours (used to stop the SLA
   * clock while a ticket waits for its requester). Negative when {@code to} is before {@code from}.
   *
   * <p>{@link #dueAt} is its inverse: {@code dueAt(c, from, workingTimeBetween(c, from, to))} is
   * {@code to} whenever {@code to} lies in working time (after an opening, up to and including the
   * closing); otherwise it is the end of the last working time before {@code to}.
   *
   * @throws UnknownCalendarException for a calendar name that is not in {@link #NAMES}
   */
  public Duration workingTimeBetween(String calendar, Instant from, Instant to) {
    if (ROUND_THE_CLOCK.equals(calendar)) {
      return Duration.between(from, to);
    }
    if (BUSINESS_HOURS.equals(calendar)) {
      return to.isBefore(from) ? workingTime(to, from).negated() : workingTime(from, to);
    }
    throw new UnknownCalendarException(calendar);
  }

  /**
   * The instant when {@code fraction} of {@code target} has passed on {@code calendar}, counted
   * from {@code start} in working time: when to warn before a breach.
   *
   * @throws IllegalArgumentException unless 0 &lt; {@code fraction} &lt; 1, or for a negative
   *     target
   */
  public Instant warningAt(String calendar, Instant start, Duration target, double fraction) {
    SlaWarningProperties.requireFraction(fraction, "The warning fraction");
    return dueAt(calendar, start, share(target, fraction));
  }

  /** {@link #warningAt(String, Instant, Duration, double)} at the configured fraction. */
  public Instant warningAt(String calendar, Instant start, Duration target) {
    return warningAt(calendar, start, target, warningFraction);
  }

  /**
   * The configured share of a target after which to warn ({@code ticketflow.sla.warning-fraction}).
   */
  public double warningFraction() {
    return warningFraction;
  }

  private Instant addWorkingTime(Instant start, Duration target) {
    Duration remaining = target;
    LocalDate date = start.atZone(businessHours.zone()).toLocalDate();
    int daysOff = 0;
    while (daysOff < MAX_DAYS_OFF_IN_A_ROW) {
      Optional<BusinessHours.Shift> shift = businessHours.shiftOn(date);
      if (shift.isPresent() && start.isBefore(shift.get().close())) {
        daysOff = 0;
        Instant from = later(start, shift.get().open());
        Duration available = Duration.between(from, shift.get().close());
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      } else {
        daysOff++;
      }
      date = date.plusDays(1);
    }
    throw new IllegalStateException(
        "The business-hours calendar has no working time in "
            + MAX_DAYS_OFF_IN_A_ROW
            + " days after "
            + date.minusDays(MAX_DAYS_OFF_IN_A_ROW));
  }

  private Duration workingTime(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(businessHours.zone()).toLocalDate();
    for (LocalDate date = from.atZone(businessHours.zone()).toLocalDate();
        !date.isAfter(last);
        date = date.plusDays(1)) {
      Optional<BusinessHours.Shift> shift = businessHours.shiftOn(date);
      if (shift.isPresent()) {
        Instant open = later(from, shift.get().open());
        Instant close = earlier(to, shift.get().close());
        if (open.isBefore(close)) {
          total = total.plus(Duration.between(open, close));
        }
      }
    }
    return total;
  }

  private static Duration share(Duration target, double fraction) {
    BigDecimal seconds =
        BigDecimal.valueOf(target.getSeconds())
            .add(BigDecimal.valueOf(target.getNano(), NANOS_SCALE))
            .multiply(BigDecimal.valueOf(fraction))
            .setScale(NANOS_SCALE, RoundingMode.HALF_UP);
    return Duration.ofSeconds(
        seconds.longValue(),
        seconds.remainder(BigDecimal.ONE).movePointRight(NANOS_SCALE).longValue());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
