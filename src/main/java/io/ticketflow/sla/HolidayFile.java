package io.ticketflow.sla;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Holidays and make-up working days read from a file ({@code
 * ticketflow.sla.business-hours.holiday-file}), so that a year's official calendar is one file to
 * replace rather than a list of dates in the application's configuration.
 *
 * <p>YAML ({@code .yaml}, {@code .yml}) or properties ({@code .properties}), with two lists of
 * {@link NamedDays}:
 *
 * <pre>
 * holidays:
 *   - name: National Day
 *     from: 2026-10-01
 *     to: 2026-10-07
 * make-up-days:
 *   - name: Working Saturday for National Day
 *     date: 2026-10-10
 * </pre>
 *
 * @param holidays days off even on a working weekday
 * @param makeUpDays working days even on a weekend
 */
public record HolidayFile(List<NamedDays> holidays, List<NamedDays> makeUpDays) {

  public static final HolidayFile NONE = new HolidayFile(List.of(), List.of());

  private static final String PROPERTY = SlaProperties.PREFIX + ".holiday-file";
  private static final List<PropertySourceLoader> LOADERS =
      List.of(new YamlPropertySourceLoader(), new PropertiesPropertySourceLoader());

  public HolidayFile {
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    makeUpDays = makeUpDays == null ? List.of() : List.copyOf(makeUpDays);
  }

  /**
   * Reads the file at {@code location} (a Spring resource location such as {@code
   * classpath:calendar/holidays-cn-2026.yaml} or {@code file:/etc/ticketflow/holidays.yaml}); a
   * blank location means no file.
   *
   * @throws IllegalArgumentException when the file is missing, of an unknown kind, or malformed
   */
  public static HolidayFile load(ResourceLoader resources, String location) {
    if (location == null || location.isBlank()) {
      return NONE;
    }
    Resource resource = resources.getResource(location);
    if (!resource.exists()) {
      throw new IllegalArgumentException(PROPERTY + ": " + location + " does not exist");
    }
    Binder binder = new Binder(ConfigurationPropertySources.from(read(location, resource)));
    try {
      return new HolidayFile(
          binder.bind("holidays", Bindable.listOf(NamedDays.class)).orElse(List.of()),
          binder.bind("make-up-days", Bindable.listOf(NamedDays.class)).orElse(List.of()));
    } catch (BindException e) {
      throw new IllegalArgumentException(
          PROPERTY + ": " + location + " is malformed at " + e.getName() + ": " + rootCause(e), e);
    }
  }

  /** Every holiday, one entry per day. */
  public Set<LocalDate> holidayDates() {
    return datesOf(holidays);
  }

  /** Every make-up working day, one entry per day. */
  public Set<LocalDate> makeUpDates() {
    return datesOf(makeUpDays);
  }

  private static Set<LocalDate> datesOf(Collection<NamedDays> entries) {
    return entries.stream()
        .flatMap(entry -> entry.dates().stream())
        .collect(TreeSet::new, Set::add, Set::addAll);
  }

  private static List<PropertySource<?>> read(String location, Resource resource) {
    String name = location.toLowerCase(Locale.ROOT);
    PropertySourceLoader loader =
        LOADERS.stream()
            .filter(
                candidate ->
                    Stream.of(candidate.getFileExtensions())
                        .anyMatch(extension -> name.endsWith("." + extension)))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        PROPERTY + ": " + location + " must end in .yaml, .yml or .properties"));
    try {
      return loader.load(location, resource);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(PROPERTY + ": cannot read " + location + ": " + e, e);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
