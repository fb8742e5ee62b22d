package io.ticketflow.notification;

/** Small text helpers for the notification module. */
final class Texts {

  private static final String ELLIPSIS = "…";

  private Texts() {}

  /** The text cut to at most {@code max} characters, ending with an ellipsis when cut. */
  static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }

  /** The text escaped for HTML element content and quoted attribute values. */
  static String escapeHtml(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
