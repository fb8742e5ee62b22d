package io.ticketflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The wording of every notification in each supported language, and how values fill it: a one-line
 * subject, a plain-text body and an HTML body in which every value is escaped.
 *
 * <p>Wording lives in {@code notifications/templates_<language>.properties} (UTF-8): {@code
 * <EVENT>.subject} and {@code <EVENT>.body} per event, {@code footer.requester} and {@code
 * footer.staff}, and {@code value.<name>.<VALUE>} to word a coded value (the SLA kinds). A
 * placeholder is {@code {name}}; a blank line in a body starts a paragraph. Values are inserted in
 * one pass, so a value that itself looks like a placeholder stays as it is. A value whose name ends
 * in {@code Link} becomes a hyperlink in HTML when it is an http(s) address.
 */
@Component
public final class NotificationTemplates {

  /** The languages that have wording, as BCP 47 tags; the files use {@code _} for {@code -}. */
  public static final List<String> LANGUAGES = List.of("en", "zh-CN");

  /** Longest value inserted; longer ones (a long reply) are cut. */
  static final int MAX_VALUE = 4000;

  private static final String BUNDLE = "notifications/templates_%s.properties";
  private static final String LAYOUT = "notifications/layout.html";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n{2,}");
  private static final String LINK_SUFFIX = "Link";

  private final Map<String, Properties> bundles = new LinkedHashMap<>();
  private final String layout;
  private final String defaultLanguage;
  private final String staffLanguage;

  public NotificationTemplates(NotificationProperties properties) {
    for (String language : LANGUAGES) {
      Properties bundle = load(String.format(Locale.ROOT, BUNDLE, language.replace('-', '_')));
      for (NotificationEvent event : NotificationEvent.values()) {
        require(bundle, language, event + ".subject");
        require(bundle, language, event + ".body");
      }
      require(bundle, language, "footer.requester");
      require(bundle, language, "footer.staff");
      bundles.put(language, bundle);
    }
    this.layout = read(LAYOUT);
    this.defaultLanguage = supported(properties.defaultLanguage(), "default-language");
    this.staffLanguage = supported(properties.staffLanguage(), "staff-language");
  }

  /**
   * The supported language closest to a requested one: the same tag, else the same language (any
   * {@code zh} gets {@code zh-CN}), else the default language.
   */
  public String language(String requested) {
    if (requested == null || requested.isBlank()) {
      return defaultLanguage;
    }
    Locale wanted = Locale.forLanguageTag(requested.trim().replace('_', '-'));
    for (String language : LANGUAGES) {
      if (language.equalsIgnoreCase(wanted.toLanguageTag())) {
        return language;
      }
    }
    for (String language : LANGUAGES) {
      if (Locale.forLanguageTag(language).getLanguage().equals(wanted.getLanguage())) {
        return language;
      }
    }
    return defaultLanguage;
  }

  /** The language of messages to staff. */
  public String staffLanguage() {
    return staffLanguage;
  }

  /** The event's message in the given supported language, filled with the values. */
  public Message render(NotificationEvent event, String language, Map<String, String> values) {
    String lang = language(language);
    Properties bundle = bundles.get(lang);
    String subject =
        MailHeaders.subject(fill(bundle.getProperty(event + ".subject"), values, bundle));
    String body = bundle.getProperty(event + ".body");
    String footer = bundle.getProperty(event.forRequester() ? "footer.requester" : "footer.staff");
    String text = fill(body, values, bundle) + "\n\n-- \n" + footer + "\n";
    StringBuilder content = new StringBuilder();
    for (String paragraph : PARAGRAPH_BREAK.split(body)) {
      content.append("<p>").append(fillHtml(paragraph, values, bundle)).append("</p>\n");
    }
    Map<String, String> page =
        Map.of(
            "lang", Texts.escapeHtml(lang),
            "subject", Texts.escapeHtml(subject),
            "content", content.toString(),
            "footer", Texts.escapeHtml(footer));
    String html = replace(layout, name -> page.getOrDefault(name, ""), s -> s);
    return new Message(lang, subject, text, html);
  }

  /**
   * A rendered notification.
   *
   * @param language the language it is written in
   * @param subject one line
   * @param text the plain-text body
   * @param html the HTML body
   */
  public record Message(String language, String subject, String text, String html) {}

  private static String fill(String template, Map<String, String> values, Properties bundle) {
    return replace(template, name -> value(name, values, bundle), s -> s);
  }

  private static String fillHtml(String template, Map<String, String> values, Properties bundle) {
    return replace(
        template,
        name -> {
          String value = value(name, values, bundle);
          if (name.endsWith(LINK_SUFFIX) && isWebAddress(value)) {
            String escaped = Texts.escapeHtml(value);
            return "<a href=\"" + escaped + "\">" + escaped + "</a>";
          }
          return lines(Texts.escapeHtml(value));
        },
        literal -> lines(Texts.escapeHtml(literal)));
  }

  private static String value(String name, Map<String, String> values, Properties bundle) {
    String value = values.get(name);
    if (value == null) {
      return "";
    }
    String worded = bundle.getProperty("value." + name + "." + value);
    if (worded != null) {
      return worded;
    }
    return Texts.truncate(value.replace("\r\n", "\n").replace('\r', '\n'), MAX_VALUE);
  }

  /**
   * Replaces each placeholder once, left to right; text between them goes through {@code literal}.
   */
  private static String replace(
      String template, Function<String, String> placeholder, UnaryOperator<String> literal) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 64);
    int last = 0;
    while (matcher.find()) {
      out.append(literal.apply(template.substring(last, matcher.start())));
      out.append(placeholder.apply(matcher.group(1)));
      last = matcher.end();
    }
    out.append(literal.apply(template.substring(last)));
    return out.toString();
  }

  private static String lines(String html) {
    return html.replace("\n", "<br>\n");
  }

  private static boolean isWebAddress(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://"))
        && value.chars().noneMatch(c -> c <= ' ');
  }

  private String supported(String language, String property) {
    for (String candidate : LANGUAGES) {
      if (candidate.equalsIgnoreCase(language)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "ticketflow.notifications."
            + property
            + ": '"
            + language
            + "' has no wording; use one of "
            + LANGUAGES);
  }

  private static void require(Properties bundle, String language, String key) {
    String text = bundle.getProperty(key);
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("notification wording '" + key + "' missing for " + language);
    }
  }

  private static Properties load(String path) {
    Properties bundle = new Properties();
    try (Reader reader = new InputStreamReader(open(path), StandardCharsets.UTF_8)) {
      bundle.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
    return bundle;
  }

  private static String read(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = NotificationTemplates.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return in;
  }
}
