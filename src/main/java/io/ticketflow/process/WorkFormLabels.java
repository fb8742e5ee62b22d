package io.ticketflow.process;

import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketStatus;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * How the work form words the ticket's codes and times for the agent who opens it, in English or
 * Chinese ({@code i18n/work-form*.properties}): statuses, categories, subcategories, priorities and
 * channels as labels, due times in the desk's zone to the minute with how long is left.
 */
@Component
public class WorkFormLabels {

  private static final String BUNDLE = "i18n/work-form";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final TicketProperties properties;
  private final Clock clock;

  public WorkFormLabels(TicketProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The form's language for a language tag: Chinese for {@code zh…}, else English. */
  public static Locale locale(String language) {
    return language != null && language.toLowerCase(Locale.ROOT).startsWith("zh")
        ? CHINESE
        : Locale.ENGLISH;
  }

  public String text(Locale locale, String key) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return bundle.getString(key);
    } catch (MissingResourceException missing) {
      return key.substring(key.indexOf('.') + 1);
    }
  }

  public String status(Locale locale, TicketStatus status) {
    return text(locale, "status." + status.name());
  }

  /** The category, and the subcategory when there is one: "System fault › Login failure". */
  public String classification(Locale locale, Category category, Subcategory subcategory) {
    String label = category == null ? "" : text(locale, "category." + category.name());
    return subcategory == null
        ? label
        : label + " › " + text(locale, "subcategory." + subcategory.name());
  }

  public String channel(Locale locale, Channel channel) {
    return channel == null ? "" : text(locale, "channel." + channel.name());
  }

  public String priority(Locale locale, Optional<String> priority) {
    return priority
        .filter(p -> !p.isBlank())
        .map(p -> text(locale, "priority." + p))
        .orElse(text(locale, "priority.none"));
  }

  /**
   * A due time in the desk's zone to the minute, with the zone, and how long is left (or how long
   * it is overdue): "2026-12-08 14:30 (Asia/Shanghai) · 2 h 5 min left".
   */
  public String due(Locale locale, Optional<Instant> due) {
    if (due.isEmpty()) {
      return text(locale, "due.none");
    }
    Instant at = due.get();
    Duration left = Duration.between(clock.instant(), at);
    String time = TIME.format(at.atZone(properties.zone()));
    String key = left.isNegative() ? "due.overdue" : "due.left";
    return MessageFormat.format(
        text(locale, key), time, properties.zone().getId(), duration(locale, left.abs()));
  }

  /** A duration to the minute in its two largest units: "1 d 3 h", "2 h 5 min", "40 min". */
  String duration(Locale locale, Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes >= Duration.ofDays(1).toMinutes()) {
      return MessageFormat.format(
          text(locale, "duration.days"), duration.toDays(), duration.toHoursPart());
    }
    if (minutes >= Duration.ofHours(1).toMinutes()) {
      return MessageFormat.format(
          text(locale, "duration.hours"), duration.toHours(), duration.toMinutesPart());
    }
    return MessageFormat.format(text(locale, "duration.minutes"), minutes);
  }

  /** A template's language as a label: Chinese, English, or every language. */
  public String language(Locale locale, Optional<String> language) {
    return language
        .map(l -> l.toLowerCase(Locale.ROOT))
        .map(l -> l.startsWith("zh") ? "language.zh" : l.startsWith("en") ? "language.en" : null)
        .map(key -> text(locale, key))
        .orElse(text(locale, "language.other"));
  }
}
