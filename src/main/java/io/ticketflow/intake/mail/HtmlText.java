package io.ticketflow.intake.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML mail body into plain text. The HTML is first cleaned with jsoup's allow-list
 * sanitizer (scripts, styles, event handlers and unknown tags go, with their content where they
 * hold code), then its text is taken with line breaks where blocks and breaks were.
 */
final class HtmlText {

  /** Text-structuring tags only; everything else is dropped by the cleaner. */
  private static final Safelist STRUCTURE =
      Safelist.none()
          .addTags(
              "p",
              "div",
              "br",
              "li",
              "ul",
              "ol",
              "tr",
              "td",
              "th",
              "table",
              "tbody",
              "thead",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "pre",
              "span",
              "b",
              "i",
              "em",
              "strong",
              "a",
              "hr");

  private HtmlText() {}

  static String toText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, STRUCTURE));
    StringBuilder text = new StringBuilder();
    clean.body().traverse(new Lines(text));
    return tidy(text.toString());
  }

  /** Collects text nodes, with a line break before and after block elements and at {@code br}. */
  private record Lines(StringBuilder text) implements NodeVisitor {

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        text.append(textNode.text());
      } else if (node instanceof Element element && breaksLine(element)) {
        text.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element
          && breaksLine(element)
          && !"br".equals(element.tagName())) {
        text.append('\n');
      }
    }

    private static boolean breaksLine(Element element) {
      return element.isBlock() || "br".equals(element.tagName());
    }
  }

  /** Trims each line and keeps at most one empty line in a row. */
  private static String tidy(String text) {
    StringBuilder out = new StringBuilder();
    int emptyLines = 0;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        emptyLines++;
        if (emptyLines > 1 || out.length() == 0) {
          continue;
        }
      } else {
        emptyLines = 0;
      }
      out.append(trimmed).append('\n');
    }
    return out.toString().strip();
  }
}
