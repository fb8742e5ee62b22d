package io.ticketflow.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Bar charts as inline SVG, drawn on the server: no script, styled by attributes only, every label
 * escaped.
 */
final class SvgCharts {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 220;
  private static final int LEFT = 48;
  private static final int BOTTOM = 40;
  private static final int TOP = 16;
  private static final String BAR = "#3b6ea5";
  private static final String TARGET = "#c0392b";

  private SvgCharts() {}

  /**
   * Vertical bars, one per entry in order, with an optional horizontal target line.
   *
   * @param title the chart's accessible name
   * @param values the bars: label and value
   * @param target the target's value, or null for none
   * @param targetLabel what the target line says
   */
  static String bars(
      String title, Map<String, ? extends Number> values, Double target, String targetLabel) {
    return bars(title, values, target, targetLabel, null);
  }

  /**
   * Vertical bars with the target drawn as a vertical line after the bar at {@code targetAfter}
   * (for distributions, where the target lies between two buckets), when that is not null.
   */
  static String bars(
      String title,
      Map<String, ? extends Number> values,
      Double target,
      String targetLabel,
      Integer targetAfter) {
    double max = values.values().stream().mapToDouble(Number::doubleValue).max().orElse(0);
    if (target != null && targetAfter == null) {
      max = Math.max(max, target);
    }
    max = max <= 0 ? 1 : max * 1.1;
    int plotWidth = WIDTH - LEFT - 8;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int count = Math.max(1, values.size());
    double slot = (double) plotWidth / count;
    boolean thin = count > 16;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-label=\"")
        .append(escape(title))
        .append("\"><title>")
        .append(escape(title))
        .append("</title>");
    line(svg, LEFT, TOP + plotHeight, WIDTH - 8, TOP + plotHeight, "#888888");
    text(svg, LEFT - 6, TOP + 10, "end", number(max / 1.1));
    text(svg, LEFT - 6, TOP + plotHeight, "end", "0");
    int index = 0;
    for (Map.Entry<String, ? extends Number> entry : values.entrySet()) {
      double value = entry.getValue().doubleValue();
      double height = value / max * plotHeight;
      double x = LEFT + index * slot + slot * 0.15;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>",
              x,
              TOP + plotHeight - height,
              slot * 0.7,
              height,
              BAR,
              escape(entry.getKey()),
              number(value)));
      if (!thin || index % 7 == 0) {
        text(svg, x + slot * 0.35, HEIGHT - BOTTOM + 16, "middle", entry.getKey());
      }
      index++;
    }
    if (targetAfter != null) {
      double x = LEFT + (targetAfter + 1) * slot;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\""
                  + " stroke-dasharray=\"6 4\"/>",
              x,
              TOP,
              x,
              TOP + plotHeight,
              TARGET));
      text(svg, x + 4, TOP + 10, "start", targetLabel);
    } else if (target != null) {
      double y = TOP + plotHeight - target / max * plotHeight;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\""
                  + " stroke-dasharray=\"6 4\"/>",
              LEFT,
              y,
              WIDTH - 8,
              y,
              TARGET));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" fill=\"%s\">%s</text>",
              WIDTH - 10,
              y - 4,
              TARGET,
              escape(targetLabel)));
    }
    return svg.append("</svg>").toString();
  }

  /** A chart with nothing to show says so instead. */
  static String orEmpty(String chart, List<?> data) {
    return data.isEmpty() ? "<p class=\"empty\">No data in this period.</p>" : chart;
  }

  static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  static String number(double value) {
    return Math.abs(value - Math.rint(value)) < 1e-9
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static void line(StringBuilder svg, int x1, int y1, int x2, int y2, String colour) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
            x1,
            y1,
            x2,
            y2,
            colour));
  }

  private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">%s</text>",
            x,
            y,
            anchor,
            escape(text)));
  }
}
