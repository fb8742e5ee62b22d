package io.ticketflow.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The words of a report in one language: its own texts ({@code report/texts_<language>.properties})
 * and the labels of categories, subcategories, channels and statuses that the requester portal
 * already has ({@code static/portal/i18n/<language>.json}), agents by name and groups by label. A
 * code without a label is shown as it is.
 */
public final class ReportTexts {

  /** The languages a report is written in; the first is the default. */
  public static final List<String> LANGUAGES = List.of("en", "zh-CN");

  /** What a report's figures call work without a group or an agent. */
  static final String UNKNOWN = ReportFigures.UNKNOWN;

  private static final Map<String, Map<String, String>> LOADED = new HashMap<>();
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final String language;
  private final Map<String, String> texts;
  private final Function<String, Optional<String>> names;
  private final ZoneId zone;

  private ReportTexts(
      String language,
      Map<String, String> texts,
      Function<String, Optional<String>> names,
      ZoneId zone) {
    this.language = language;
    this.texts = texts;
    this.names = names;
    this.zone = zone;
  }

  /** English, agents by their user ids, times in UTC. */
  public static ReportTexts english() {
    return of("en", id -> Optional.empty(), ZoneId.of("UTC"));
  }

  /**
   * @param language one of {@link #LANGUAGES}; anything else is the default
   * @param names an agent's display name by user id
   * @param zone the desk's time zone, for the times shown
   */
  public static ReportTexts of(
      String language, Function<String, Optional<String>> names, ZoneId zone) {
    String chosen = LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
    return new ReportTexts(chosen, load(chosen), names, zone);
  }

  /** The language of a browser's {@code Accept-Language}: Chinese or English. */
  public static String fromAcceptLanguage(String header) {
    if (header != null) {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith("zh")) {
          return "zh-CN";
        }
        if (tag.startsWith("en")) {
          return "en";
        }
      }
    }
    return LANGUAGES.get(0);
  }

  public String language() {
    return language;
  }

  /** The text of {@code key} with {@code values} put in. */
  public String t(String key, Object... values) {
    String text = texts.getOrDefault(key, key);
    return values.length == 0
        ? text
        : new MessageFormat(text.replace("'", "''"), Locale.ROOT).format(values);
  }

  String category(String code) {
    return label("category.", code);
  }

  String subcategory(String code) {
    return label("subcategory.", code);
  }

  String channel(String code) {
    return label("channel.", code);
  }

  String rating(String code) {
    return label("rating.", code);
  }

  /** A bucket of durations or ages ("<1d", "1-4h"). */
  String bucket(String key) {
    return label("bucket.", key);
  }

  String group(String id) {
    return id == null || id.isBlank() || UNKNOWN.equals(id) ? t("group.none") : label("group.", id);
  }

  /** An agent by name (and id), or "unassigned". */
  String agent(String id) {
    if (id == null || id.isBlank() || UNKNOWN.equals(id)) {
      return t("unassigned");
    }
    return names
        .apply(id)
        .filter(name -> !name.isBlank())
        .map(name -> name + " (" + id + ")")
        .orElse(id);
  }

  String tier(String tier) {
    return UNKNOWN.equals(tier) ? t("unassigned") : t("tier", tier);
  }

  /** A time to the minute, in the desk's zone, with the zone named. */
  String time(Instant at) {
    return at == null ? "–" : MINUTE.format(at.atZone(zone)) + " (" + zone.getId() + ")";
  }

  /** A duration in minutes as hours and minutes ("2 h 5 min"), to the minute. */
  String duration(Double minutes) {
    if (minutes == null) {
      return "–";
    }
    long total = Math.round(minutes);
    long hours = total / 60;
    long rest = total % 60;
    String min = t("minutes");
    String h = t("hours");
    if (hours == 0) {
      return rest + " " + min;
    }
    return rest == 0 ? hours + " " + h : hours + " " + h + " " + rest + " " + min;
  }

  String words(List<String> words) {
    return String.join(t("words.separator"), words);
  }

  private String label(String prefix, String code) {
    if (code == null || code.isBlank() || UNKNOWN.equals(code)) {
      return "–";
    }
    return texts.getOrDefault(prefix + code, code);
  }

  private static synchronized Map<String, String> load(String language) {
    return LOADED.computeIfAbsent(
        language,
        lang -> {
          Map<String, String> all = new HashMap<>();
          ClassLoader loader = ReportTexts.class.getClassLoader();
          try (InputStream portal =
                  loader.getResourceAsStream("static/portal/i18n/" + lang + ".json");
              InputStream own =
                  loader.getResourceAsStream(
                      "report/texts_" + lang.replace('-', '_') + ".properties")) {
            if (portal != null) {
              all.putAll(
                  new ObjectMapper()
                      .readValue(portal, new TypeReference<Map<String, String>>() {}));
            }
            if (own == null) {
              throw new IllegalStateException("No report texts for " + lang);
            }
            Properties properties = new Properties();
            try (InputStreamReader reader = new InputStreamReader(own, StandardCharsets.UTF_8)) {
              properties.load(reader);
            }
            properties.forEach((key, value) -> all.put(key.toString(), value.toString()));
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report texts for " + lang, e);
          }
          return Map.copyOf(all);
        });
  }
}
