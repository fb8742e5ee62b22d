package io.ticketflow.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code {{name}}} placeholders of a reply body: which are wrong, and the body with
 * values filled in. Values are inserted in one pass, so a value that itself looks like a
 * placeholder (a title with {@code {{agentName}}} in it) stays as it is. Single braces are ordinary
 * text.
 */
final class PlaceholderText {

  static final String OPEN = "{{";
  static final String CLOSE = "}}";

  /** A name with optional spaces around it: {@code {{ title }}} is {@code {{title}}}. */
  private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)\\s*");

  /** How much of a broken placeholder a message quotes. */
  private static final int EXCERPT_CHARS = 40;

  private PlaceholderText() {}

  /** What is wrong with the placeholders of a body, one message each; empty when nothing is. */
  static List<String> problems(String body) {
    return parse(body).stream().filter(p -> p.problem() != null).map(Part::problem).toList();
  }

  /**
   * The body with each placeholder replaced by its value (absent values by the empty string);
   * anything that is not a well-formed, known placeholder is kept as written.
   */
  static String fill(String body, Map<Placeholder, String> values) {
    StringBuilder text = new StringBuilder(body.length());
    for (Part part : parse(body)) {
      if (part.placeholder() == null) {
        text.append(part.text());
      } else {
        text.append(values.getOrDefault(part.placeholder(), ""));
      }
    }
    return text.toString();
  }

  /** A piece of a body: plain text, a known placeholder, or text that breaks the rules. */
  private record Part(String text, Placeholder placeholder, String problem) {}

  private static List<Part> parse(String body) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (at < body.length()) {
      int open = body.indexOf(OPEN, at);
      int close = body.indexOf(CLOSE, at);
      if (close >= 0 && (open < 0 || close < open)) {
        parts.add(new Part(body.substring(at, close), null, null));
        parts.add(
            new Part(
                CLOSE,
                null,
                "'}}' at character " + (close + 1) + " closes no placeholder" + allowed()));
        at = close + CLOSE.length();
        continue;
      }
      if (open < 0) {
        parts.add(new Part(body.substring(at), null, null));
        break;
      }
      parts.add(new Part(body.substring(at, open), null, null));
      int end = body.indexOf(CLOSE, open + OPEN.length());
      if (end < 0) {
        parts.add(
            new Part(
                body.substring(open),
                null,
                "'{{' at character "
                    + (open + 1)
                    + " is never closed: "
                    + excerpt(body.substring(open))
                    + allowed()));
        break;
      }
      String written = body.substring(open, end + CLOSE.length());
      parts.add(placeholder(written, body.substring(open + OPEN.length(), end)));
      at = end + CLOSE.length();
    }
    return parts;
  }

  private static Part placeholder(String written, String inside) {
    Matcher name = NAME.matcher(inside);
    if (!name.matches()) {
      return new Part(written, null, "malformed placeholder " + excerpt(written) + allowed());
    }
    return Placeholder.byKey(name.group(1))
        .map(p -> new Part(written, p, null))
        .orElseGet(
            () ->
                new Part(
                    written,
                    null,
                    "unknown placeholder " + OPEN + name.group(1) + CLOSE + allowed()));
  }

  private static String excerpt(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= EXCERPT_CHARS ? line : line.substring(0, EXCERPT_CHARS) + "…";
  }

  private static String allowed() {
    return "; write placeholders as {{name}}, allowed: " + String.join(", ", Placeholder.tokens());
  }
}
