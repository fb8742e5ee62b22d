package io.ticketflow.report;

import static io.ticketflow.report.SvgCharts.escape;

import io.ticketflow.report.ReportSummary.Durations;
import io.ticketflow.report.ReportSummary.Problem;
import io.ticketflow.report.ReportSummary.Week;
import io.ticketflow.report.ReportSummary.Workload;
import io.ticketflow.ticket.Csv;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report as a printable HTML page (inline SVG charts, styles from {@code /reports/report.css}, no
 * script) and as CSV. Every text from the ticket store is escaped.
 */
public final class ReportPage {

  /** The style sheet of the page, a static file. */
  public static final String STYLESHEET = "/reports/report.css";

  private static final String NONE = "–";

  private ReportPage() {}

  /** The month's report as a complete HTML document. */
  public static String html(YearMonth month, ReportSummary report) {
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Service desk report ")
        .append(month)
        .append("</title><link rel=\"stylesheet\" href=\"")
        .append(STYLESHEET)
        .append("\"></head><body><main>")
        .append("<h1>Service desk report ")
        .append(month)
        .append("</h1><p class=\"meta\">Tickets created from ")
        .append(report.from())
        .append(" through ")
        .append(report.to())
        .append(". Computed ")
        .append(report.generatedAt().truncatedTo(ChronoUnit.SECONDS))
        .append(". <a href=\"")
        .append(month)
        .append(".csv\">CSV</a></p>");
    section(html, "Key figures");
    html.append("<table class=\"figures\"><thead><tr><th>Figure</th><th>Value</th><th>Target</th>")
        .append("</tr></thead><tbody>");
    for (List<String> row : keyFigures(report)) {
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
      html.append("</tr>");
    }
    html.append("</tbody></table>");

    section(html, "Volume by category");
    html.append(
        SvgCharts.orEmpty(
            SvgCharts.bars("Tickets by category", report.volume().byCategory(), null, null),
            List.copyOf(report.volume().byCategory().keySet())));
    section(html, "Volume by day");
    html.append(SvgCharts.bars("Tickets by day", report.volume().byDay(), null, null));

    section(html, "SLA compliance per week");
    Map<String, Double> weekly = new LinkedHashMap<>();
    for (Week week : report.sla().weekly()) {
      weekly.put(
          week.weekStart().toString(), week.compliance() == null ? 0 : week.compliance() * 100);
    }
    html.append(
        SvgCharts.orEmpty(
            SvgCharts.bars(
                "SLA compliance per week (%), weeks starting on Monday",
                weekly,
                report.targets().slaCompliance() * 100,
                "target " + percent(report.targets().slaCompliance())),
            report.sla().weekly()));

    section(html, "Resolution time");
    html.append(
        SvgCharts.bars(
            "Resolved tickets by resolution time",
            report.resolutionTimes(),
            report.targets().averageResolutionMinutes(),
            "target 4 h",
            1));

    section(html, "Satisfaction");
    html.append(
        SvgCharts.bars(
            "Ratings by score (1 to 5)",
            report.satisfaction().byScore(),
            report.targets().satisfaction(),
            "target average " + report.targets().satisfaction(),
            3));

    section(html, "Top recurring problems");
    Map<String, Long> problems = new LinkedHashMap<>();
    report.topProblems().forEach(p -> problems.put(p.subcategory(), p.count()));
    html.append(
        SvgCharts.orEmpty(
            SvgCharts.bars("Top recurring problems", problems, null, null), report.topProblems()));
    table(
        html,
        List.of("Category", "Subcategory", "Tickets", "Common title words", "Latest title"),
        report.topProblems().stream()
            .map(
                p ->
                    List.of(
                        p.category(),
                        p.subcategory(),
                        String.valueOf(p.count()),
                        String.join(", ", p.words()),
                        p.latestTitle() == null ? NONE : p.latestTitle()))
            .toList());

    section(html, "Escalations by tier left");
    table(html, List.of("Tier", "Escalations"), entries(report.escalation().byTier()));
    section(html, "Backlog now by age");
    table(html, List.of("Age", "Open tickets"), entries(report.backlog().ages()));
    section(html, "Workload per group");
    table(html, List.of("Group", "Resolved", "Open now"), workload(report.groups()));
    section(html, "Workload per agent");
    table(html, List.of("Agent", "Resolved", "Open now"), workload(report.agents()));
    return html.append("</main></body></html>\n").toString();
  }

  /** The same figures as CSV: one line per figure, {@code section,name,value}. */
  public static String csv(ReportSummary report) {
    StringBuilder csv = new StringBuilder();
    csv.append(Csv.line(List.of("section", "name", "value")));
    for (List<String> row : keyFigures(report)) {
      csv.append(Csv.line(List.of("figures", row.get(0), row.get(1))));
    }
    rows(csv, "volume.category", report.volume().byCategory());
    rows(csv, "volume.channel", report.volume().byChannel());
    rows(csv, "volume.priority", report.volume().byPriority());
    rows(csv, "volume.day", report.volume().byDay());
    for (Week week : report.sla().weekly()) {
      csv.append(
          Csv.line(List.of("sla.week", week.weekStart().toString(), ratio(week.compliance()))));
    }
    rows(csv, "resolution.time", report.resolutionTimes());
    rows(csv, "satisfaction.score", report.satisfaction().byScore());
    rows(csv, "satisfaction.rating", report.satisfaction().byRating());
    rows(csv, "escalation.tier", report.escalation().byTier());
    rows(csv, "backlog.age", report.backlog().ages());
    for (Problem problem : report.topProblems()) {
      csv.append(
          Csv.line(
              List.of(
                  "problem",
                  problem.category() + "/" + problem.subcategory(),
                  String.valueOf(problem.count()))));
    }
    for (Workload group : report.groups()) {
      csv.append(
          Csv.line(List.of("group.resolved", group.name(), String.valueOf(group.resolved()))));
      csv.append(Csv.line(List.of("group.open", group.name(), String.valueOf(group.open()))));
    }
    for (Workload agent : report.agents()) {
      csv.append(
          Csv.line(List.of("agent.resolved", agent.name(), String.valueOf(agent.resolved()))));
      csv.append(Csv.line(List.of("agent.open", agent.name(), String.valueOf(agent.open()))));
    }
    return csv.toString();
  }

  private static List<List<String>> keyFigures(ReportSummary r) {
    ReportSummary.Targets t = r.targets();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Tickets created", String.valueOf(r.volume().total()), ""));
    durations(rows, "First response", r.firstResponse(), "");
    durations(
        rows, "Resolution", r.resolution(), "average ≤ " + minutes(t.averageResolutionMinutes()));
    rows.add(
        List.of(
            "SLA compliance, first response (of targets reached or passed)",
            percent(r.sla().responseCompliance()),
            ""));
    rows.add(
        List.of(
            "SLA compliance, resolution or workaround (of targets reached or passed)",
            percent(r.sla().resolutionCompliance()),
            ""));
    rows.add(
        List.of(
            "Resolution targets met by a workaround (of targets met)",
            r.sla().resolutionMetByWorkaround() + " of " + r.sla().resolutionMet(),
            ""));
    rows.add(
        List.of(
            "SLA compliance (of targets reached or passed)",
            percent(r.sla().compliance()),
            "≥ " + percent(t.slaCompliance())));
    rows.add(List.of("Resolved", String.valueOf(r.resolved().resolved()), ""));
    rows.add(
        List.of(
            "First-contact resolution (of tickets resolved)",
            percent(r.resolved().firstContactRate()),
            ""));
    rows.add(List.of("Reopen rate (of tickets resolved)", percent(r.resolved().reopenRate()), ""));
    rows.add(List.of("Escalation rate (of tickets created)", percent(r.escalation().rate()), ""));
    rows.add(List.of("Backlog now", String.valueOf(r.backlog().open()), ""));
    rows.add(
        List.of(
            "Oldest open ticket",
            r.backlog().oldest() == null
                ? NONE
                : r.backlog().oldest() + " (" + r.backlog().oldestCreatedAt() + ")",
            ""));
    rows.add(List.of("Ratings", String.valueOf(r.satisfaction().rated()), ""));
    rows.add(
        List.of(
            "Satisfaction (average score of 5)",
            r.satisfaction().averageScore() == null
                ? NONE
                : SvgCharts.number(r.satisfaction().averageScore()),
            "≥ " + t.satisfaction()));
    rows.add(
        List.of(
            "Resolved with a knowledge article (of tickets resolved)",
            percent(r.knowledge().articleShare()),
            "≥ " + percent(t.articleShare())));
    rows.add(
        List.of(
            "Self-service solutions (portal)", String.valueOf(r.knowledge().deflections()), ""));
    rows.add(
        List.of(
            "Self-service share (of self-service solutions and tickets created)",
            percent(r.knowledge().selfServiceShare()),
            "≥ " + percent(t.selfServiceShare())));
    return rows;
  }

  private static void durations(List<List<String>> rows, String name, Durations d, String target) {
    rows.add(List.of(name + " time, median", minutes(d.median()), ""));
    rows.add(List.of(name + " time, 90th percentile", minutes(d.p90()), ""));
    rows.add(List.of(name + " time, average", minutes(d.average()), target));
  }

  private static void section(StringBuilder html, String title) {
    html.append("<h2>").append(escape(title)).append("</h2>");
  }

  private static void table(StringBuilder html, List<String> head, List<List<String>> rows) {
    if (rows.isEmpty()) {
      html.append("<p class=\"empty\">None.</p>");
      return;
    }
    html.append("<table><thead><tr>");
    head.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
    html.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
      html.append("</tr>");
    }
    html.append("</tbody></table>");
  }

  private static List<List<String>> entries(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> List.of(e.getKey(), String.valueOf(e.getValue())))
        .toList();
  }

  private static List<List<String>> workload(List<Workload> workloads) {
    return workloads.stream()
        .map(w -> List.of(w.name(), String.valueOf(w.resolved()), String.valueOf(w.open())))
        .toList();
  }

  private static void rows(StringBuilder csv, String section, Map<String, Long> counts) {
    counts.forEach(
        (name, count) -> csv.append(Csv.line(List.of(section, name, String.valueOf(count)))));
  }

  private static String percent(Double share) {
    return share == null ? NONE : String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  private static String ratio(Double share) {
    return share == null ? "" : String.valueOf(share);
  }

  private static String minutes(Double minutes) {
    return minutes == null ? NONE : SvgCharts.number(minutes) + " min";
  }
}
