package io.ticketflow.knowledge;

import io.ticketflow.ticket.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks article content and brings it into its stored form (stripped text, normalized tags). */
final class ArticleRules {

  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 20000;
  static final int MAX_TAGS = 20;
  static final int MAX_TAG = 40;

  /** Letters and digits of any script, and the marks of names like "c++", "c#", ".net", "wi-fi". */
  private static final Pattern TAG =
      Pattern.compile("(?=.*[\\p{L}\\p{N}])[\\p{L}\\p{M}\\p{N}._+#-]+");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ArticleRules() {}

  /**
   * The content as stored: texts stripped (blank optional texts become null), tags normalized and
   * without repeats.
   *
   * @throws InvalidArticleException naming every offending field
   */
  static ArticleContent check(ArticleContent content) {
    List<FieldError> errors = new ArrayList<>();
    String title = required(errors, "title", content.title(), MAX_TITLE);
    String solution = required(errors, "solution", content.solution(), MAX_TEXT);
    String symptoms = optional(errors, "symptoms", content.symptoms());
    String cause = optional(errors, "cause", content.cause());
    String prevention = optional(errors, "prevention", content.prevention());
    if (content.category() == null) {
      errors.add(new FieldError("category", "must not be null"));
    } else if (content.subcategory() != null
        && !content.subcategory().belongsTo(content.category())) {
      errors.add(
          new FieldError(
              "subcategory",
              content.subcategory() + " is not a subcategory of " + content.category()));
    }
    List<String> tags = tags(errors, content.tags());
    if (!errors.isEmpty()) {
      throw new InvalidArticleException(errors);
    }
    return new ArticleContent(
        title,
        symptoms,
        cause,
        solution,
        prevention,
        content.category(),
        content.subcategory(),
        tags);
  }

  /** A tag as stored: stripped, lower-case, inner spaces as single hyphens. */
  static String normalizeTag(String tag) {
    return SPACES.matcher(tag.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
  }

  private static List<String> tags(List<FieldError> errors, List<String> given) {
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String field = "tags[" + i + "]";
      String raw = given.get(i);
      if (raw == null || raw.isBlank()) {
        errors.add(new FieldError(field, "must not be blank"));
        continue;
      }
      String tag = normalizeTag(raw);
      if (tag.length() > MAX_TAG) {
        errors.add(new FieldError(field, "must be at most " + MAX_TAG + " characters"));
      } else if (!TAG.matcher(tag).matches()) {
        errors.add(new FieldError(field, "letters, digits and . _ + # - only"));
      } else {
        tags.add(tag);
      }
    }
    if (tags.size() > MAX_TAGS) {
      errors.add(new FieldError("tags", "at most " + MAX_TAGS + " tags"));
    }
    return List.copyOf(tags);
  }

  private static String required(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "must not be blank"));
      return null;
    }
    return limited(errors, field, value.strip(), max);
  }

  private static String optional(List<FieldError> errors, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return limited(errors, field, value.strip(), MAX_TEXT);
  }

  private static String limited(List<FieldError> errors, String field, String value, int max) {
    if (value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
    return value;
  }
}
