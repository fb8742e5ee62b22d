package io.ticketflow.template;

import io.ticketflow.ticket.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks both kinds of template share: names, texts, language tags. */
final class TemplateRules {

  static final int MAX_NAME = 100;
  static final int MAX_LANGUAGE = 35;

  /** A BCP 47 tag as people write them: language, then region, script or variant subtags. */
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private TemplateRules() {}

  /** The text without surrounding blanks, or null with an error when it is missing or too long. */
  static String text(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "must not be blank"));
      return null;
    }
    return optionalText(errors, field, value, max);
  }

  /** Like {@link #text}, but a missing or blank value is fine (and becomes null). */
  static String optionalText(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      errors.add(new FieldError(field, "at most " + max + " characters"));
      return null;
    }
    return stripped;
  }

  static void required(List<FieldError> errors, String field, Object value) {
    if (value == null) {
      errors.add(new FieldError(field, "must not be null"));
    }
  }

  /** The tag in its usual form ({@code zh-cn} becomes {@code zh-CN}), or null when absent. */
  static String language(List<FieldError> errors, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String tag = value.strip().replace('_', '-');
    if (tag.length() > MAX_LANGUAGE || !LANGUAGE.matcher(tag).matches()) {
      errors.add(new FieldError("language", "must be a language tag such as en, zh or zh-CN"));
      return null;
    }
    return Locale.forLanguageTag(tag).toLanguageTag();
  }

  /** Whether a template in {@code language} suits someone who reads {@code wanted}. */
  static boolean suits(String language, String wanted) {
    return language == null || wanted == null || primary(language).equals(primary(wanted));
  }

  static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidTemplateException(errors);
    }
  }

  private static String primary(String tag) {
    return tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
  }
}
