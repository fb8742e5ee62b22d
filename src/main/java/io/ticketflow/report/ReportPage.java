package io.ticketflow.report;

import static io.ticketflow.report.SvgCharts.escape;

import io.ticketflow.report.ReportSummary.Durations;
import io.ticketflow.report.ReportSummary.Problem;
import io.ticketflow.report.ReportSummary.Week;
import io.ticketflow.report.ReportSummary.Workload;
import io.ticketflow.ticket.Csv;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A report as a printable HTML page (inline SVG charts, styles from {@code /reports/report.css}, no
 * script) and as CSV, in English or Chinese ({@link ReportTexts}): codes as labels, agents by name,
 * times to the minute. Every text from the ticket store is escaped.
 */
public final class ReportPage {

  /** The style sheet of the page, a static file. */
  public static final String STYLESHEET = "/reports/report.css";

  private static final String NONE = "–";

  private ReportPage() {}

  /** The month's report as a complete HTML document, in English. */
  public static String html(YearMonth month, ReportSummary report) {
    return html(report, ReportTexts.english(), month.toString(), month + ".csv", null);
  }

  /**
   * A month picker and range fields above the report: a plain GET form, no script.
   *
   * @param action where the form goes
   * @param month the month shown, null when a range of days is
   */
  public record Picker(String action, YearMonth month) {}

  /**
   * The report as a complete HTML document.
   *
   * @param period what the heading names: the month or the range
   * @param csvLink the same figures as CSV
   * @param picker the form to choose another period, or null for none
   */
  public static String html(
      ReportSummary report, ReportTexts t, String period, String csvLink, Picker picker) {
    StringBuilder html = new StringBuilder(16_384);
    String title = t.t("title", period);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(t.language()))
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><link rel=\"icon\" href=\"/favicon.ico\"><link rel=\"stylesheet\" href=\"")
        .append(STYLESHEET)
        .append("\"></head><body><main id=\"main\">");
    if (picker != null) {
      picker(html, t, picker, report);
    }
    html.append("<h1>")
        .append(escape(title))
        .append("</h1><p class=\"meta\">")
        .append(escape(t.t("period", report.from(), report.to())))
        .append(' ')
        .append(escape(t.t("computed", t.time(report.generatedAt()))))
        .append(" <a href=\"")
        .append(escape(csvLink))
        .append("\">")
        .append(escape(t.t("csv")))
        .append("</a></p>");
    section(html, t.t("section.figures"));
    html.append("<table class=\"figures\"><thead><tr><th>")
        .append(escape(t.t("head.figure")))
        .append("</th><th>")
        .append(escape(t.t("head.value")))
        .append("</th><th>")
        .append(escape(t.t("head.target")))
        .append("</th></tr></thead><tbody>");
    for (List<String> row : keyFigures(report, t)) {
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
      html.append("</tr>");
    }
    html.append("</tbody></table>");

    section(html, t.t("section.category"));
    Map<String, Long> byCategory = relabel(report.volume().byCategory(), t::category);
    html.append(
        orEmpty(
            t,
            SvgCharts.bars(t.t("chart.category"), byCategory, null, null),
            List.copyOf(byCategory.keySet())));
    section(html, t.t("section.channel"));
    Map<String, Long> byChannel = relabel(report.volume().byChannel(), t::channel);
    html.append(
        orEmpty(
            t,
            SvgCharts.bars(t.t("chart.channel"), byChannel, null, null),
            List.copyOf(byChannel.keySet())));
    section(html, t.t("section.day"));
    html.append(SvgCharts.bars(t.t("chart.day"), report.volume().byDay(), null, null));

    section(html, t.t("section.sla"));
    Map<String, Double> weekly = new LinkedHashMap<>();
    for (Week week : report.sla().weekly()) {
      weekly.put(
          week.weekStart().toString(), week.compliance() == null ? 0 : week.compliance() * 100);
    }
    html.append(
        orEmpty(
            t,
            SvgCharts.bars(
                t.t("chart.sla"),
                weekly,
                report.targets().slaCompliance() * 100,
                t.t("target", percent(report.targets().slaCompliance()))),
            report.sla().weekly()));

    section(html, t.t("section.resolution"));
    html.append(
        SvgCharts.bars(
            t.t("chart.resolution"),
            relabel(report.resolutionTimes(), t::bucket),
            report.targets().averageResolutionMinutes(),
            t.t(
                "target.hours",
                SvgCharts.number(report.targets().averageResolutionMinutes() / 60.0)),
            1));

    section(html, t.t("section.satisfaction"));
    html.append(
        SvgCharts.bars(
            t.t("chart.satisfaction"),
            report.satisfaction().byScore(),
            report.targets().satisfaction(),
            t.t("target.average", SvgCharts.number(report.targets().satisfaction())),
            3));

    section(html, t.t("section.problems"));
    Map<String, Long> problems = new LinkedHashMap<>();
    report
        .topProblems()
        .forEach(p -> problems.merge(t.subcategory(p.subcategory()), p.count(), Long::sum));
    html.append(
        orEmpty(
            t, SvgCharts.bars(t.t("chart.problems"), problems, null, null), report.topProblems()));
    table(
        html,
        t,
        List.of(
            t.t("head.category"),
            t.t("head.subcategory"),
            t.t("head.tickets"),
            t.t("head.words"),
            t.t("head.latest")),
        report.topProblems().stream()
            .map(
                p ->
                    List.of(
                        t.category(p.category()),
                        t.subcategory(p.subcategory()),
                        String.valueOf(p.count()),
                        t.words(p.words()),
                        p.latestTitle() == null ? NONE : p.latestTitle()))
            .toList());

    section(html, t.t("section.escalations"));
    table(
        html,
        t,
        List.of(t.t("head.tier"), t.t("head.escalations")),
        entries(relabel(report.escalation().byTier(), t::tier)));
    section(html, t.t("section.backlog"));
    table(
        html,
        t,
        List.of(t.t("head.age"), t.t("head.open")),
        entries(relabel(report.backlog().ages(), t::bucket)));
    section(html, t.t("section.groups"));
    table(
        html,
        t,
        List.of(t.t("head.group"), t.t("head.resolvedCount"), t.t("head.openNow")),
        workload(report.groups(), t::group));
    section(html, t.t("section.agents"));
    table(
        html,
        t,
        List.of(t.t("head.agent"), t.t("head.resolvedCount"), t.t("head.openNow")),
        workload(report.agents(), t::agent));
    return html.append("</main></body></html>\n").toString();
  }

  /** The same figures as CSV, in English. */
  public static String csv(ReportSummary report) {
    return csv(report, ReportTexts.english());
  }

  /**
   * The same figures as CSV: one line per figure, {@code section,name,value}, the header and the
   * names in the page's language; the sections are codes for spreadsheets to select by.
   */
  public static String csv(ReportSummary report, ReportTexts t) {
    StringBuilder csv = new StringBuilder();
    csv.append(Csv.line(List.of(t.t("csv.section"), t.t("csv.name"), t.t("csv.value"))));
    for (List<String> row : keyFigures(report, t)) {
      csv.append(Csv.line(List.of("figures", row.get(0), row.get(1))));
    }
    rows(csv, "volume.category", relabel(report.volume().byCategory(), t::category));
    rows(csv, "volume.channel", relabel(report.volume().byChannel(), t::channel));
    rows(csv, "volume.priority", report.volume().byPriority());
    rows(csv, "volume.day", report.volume().byDay());
    for (Week week : report.sla().weekly()) {
      csv.append(
          Csv.line(List.of("sla.week", week.weekStart().toString(), ratio(week.compliance()))));
    }
    rows(csv, "resolution.time", report.resolutionTimes());
    rows(csv, "satisfaction.score", report.satisfaction().byScore());
    rows(csv, "satisfaction.rating", relabel(report.satisfaction().byRating(), t::rating));
    rows(csv, "escalation.tier", relabel(report.escalation().byTier(), t::tier));
    rows(csv, "backlog.age", report.backlog().ages());
    for (Problem problem : report.topProblems()) {
      csv.append(
          Csv.line(
              List.of(
                  "problem",
                  t.category(problem.category()) + "/" + t.subcategory(problem.subcategory()),
                  String.valueOf(problem.count()))));
    }
    for (Workload group : report.groups()) {
      String name = t.group(group.name());
      csv.append(Csv.line(List.of("group.resolved", name, String.valueOf(group.resolved()))));
      csv.append(Csv.line(List.of("group.open", name, String.valueOf(group.open()))));
    }
    for (Workload agent : report.agents()) {
      String name = t.agent(agent.name());
      csv.append(Csv.line(List.of("agent.resolved", name, String.valueOf(agent.resolved()))));
      csv.append(Csv.line(List.of("agent.open", name, String.valueOf(agent.open()))));
    }
    return csv.toString();
  }

  private static void picker(StringBuilder html, ReportTexts t, Picker picker, ReportSummary r) {
    String lang = "<input type=\"hidden\" name=\"lang\" value=\"" + escape(t.language()) + "\">";
    html.append("<nav class=\"picker\"><form method=\"get\" action=\"")
        .append(escape(picker.action()))
        .append("\"><label for=\"month\">")
        .append(escape(t.t("picker.month")))
        .append("</label> <input type=\"month\" name=\"month\" id=\"month\" required value=\"")
        .append(picker.month() == null ? "" : picker.month())
        .append("\">")
        .append(lang)
        .append(" <button type=\"submit\" id=\"show-month\">")
        .append(escape(t.t("picker.show")))
        .append("</button></form><form method=\"get\" action=\"")
        .append(escape(picker.action()))
        .append("\"><span>")
        .append(escape(t.t("picker.or")))
        .append("</span> <label for=\"from\">")
        .append(escape(t.t("picker.from")))
        .append("</label> <input type=\"date\" name=\"from\" id=\"from\" required value=\"")
        .append(r.from())
        .append("\"> <label for=\"to\">")
        .append(escape(t.t("picker.to")))
        .append("</label> <input type=\"date\" name=\"to\" id=\"to\" required value=\"")
        .append(r.to())
        .append("\">")
        .append(lang)
        .append(" <button type=\"submit\" id=\"show-range\">")
        .append(escape(t.t("picker.show")))
        .append("</button></form><p class=\"languages\">")
        .append(escape(t.t("picker.language")))
        .append(": ");
    String period =
        picker.month() != null ? "month=" + picker.month() : "from=" + r.from() + "&to=" + r.to();
    for (String language : ReportTexts.LANGUAGES) {
      String name = language.equals("zh-CN") ? "简体中文" : "English";
      if (language.equals(t.language())) {
        html.append("<strong>").append(name).append("</strong> ");
      } else {
        html.append("<a lang=\"")
            .append(language)
            .append("\" id=\"lang-")
            .append(language)
            .append("\" href=\"")
            .append(escape(picker.action() + "?" + period + "&lang=" + language))
            .append("\">")
            .append(name)
            .append("</a> ");
      }
    }
    html.append("</p></nav>");
  }

  private static List<List<String>> keyFigures(ReportSummary r, ReportTexts t) {
    ReportSummary.Targets target = r.targets();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t.t("figure.created"), String.valueOf(r.volume().total()), ""));
    durations(rows, t, t.t("figure.firstResponse"), r.firstResponse(), "");
    durations(
        rows,
        t,
        t.t("figure.resolution"),
        r.resolution(),
        t.t("figure.average.at.most", t.duration(target.averageResolutionMinutes())));
    rows.add(List.of(t.t("figure.sla.response"), percent(r.sla().responseCompliance()), ""));
    rows.add(List.of(t.t("figure.sla.resolution"), percent(r.sla().resolutionCompliance()), ""));
    rows.add(
        List.of(
            t.t("figure.sla.workaround"),
            t.t("figure.of", r.sla().resolutionMetByWorkaround(), r.sla().resolutionMet()),
            ""));
    rows.add(
        List.of(
            t.t("figure.sla"),
            percent(r.sla().compliance()),
            "≥ " + percent(target.slaCompliance())));
    rows.add(List.of(t.t("figure.resolved"), String.valueOf(r.resolved().resolved()), ""));
    rows.add(List.of(t.t("figure.firstContact"), percent(r.resolved().firstContactRate()), ""));
    rows.add(List.of(t.t("figure.reopen"), percent(r.resolved().reopenRate()), ""));
    rows.add(List.of(t.t("figure.escalation"), percent(r.escalation().rate()), ""));
    rows.add(List.of(t.t("figure.backlog"), String.valueOf(r.backlog().open()), ""));
    rows.add(
        List.of(
            t.t("figure.oldest"),
            r.backlog().oldest() == null
                ? NONE
                : r.backlog().oldest() + " (" + t.time(r.backlog().oldestCreatedAt()) + ")",
            ""));
    rows.add(List.of(t.t("figure.ratings"), String.valueOf(r.satisfaction().rated()), ""));
    rows.add(
        List.of(
            t.t("figure.satisfaction"),
            r.satisfaction().averageScore() == null
                ? NONE
                : SvgCharts.number(r.satisfaction().averageScore()),
            "≥ " + target.satisfaction()));
    rows.add(
        List.of(
            t.t("figure.article"),
            percent(r.knowledge().articleShare()),
            "≥ " + percent(target.articleShare())));
    rows.add(List.of(t.t("figure.deflections"), String.valueOf(r.knowledge().deflections()), ""));
    rows.add(
        List.of(
            t.t("figure.selfService"),
            percent(r.knowledge().selfServiceShare()),
            "≥ " + percent(target.selfServiceShare())));
    return rows;
  }

  private static void durations(
      List<List<String>> rows, ReportTexts t, String name, Durations d, String target) {
    rows.add(List.of(t.t("figure.time.median", name), t.duration(d.median()), ""));
    rows.add(List.of(t.t("figure.time.p90", name), t.duration(d.p90()), ""));
    rows.add(List.of(t.t("figure.time.average", name), t.duration(d.average()), target));
  }

  private static String orEmpty(ReportTexts t, String chart, List<?> data) {
    return data.isEmpty() ? "<p class=\"empty\">" + escape(t.t("noData")) + "</p>" : chart;
  }

  /** The counts with their keys put into words; keys that read the same are added up. */
  private static Map<String, Long> relabel(Map<String, Long> counts, UnaryOperator<String> label) {
    Map<String, Long> relabelled = new LinkedHashMap<>();
    counts.forEach((key, count) -> relabelled.merge(label.apply(key), count, Long::sum));
    return relabelled;
  }

  private static void section(StringBuilder html, String title) {
    html.append("<h2>").append(escape(title)).append("</h2>");
  }

  private static void table(
      StringBuilder html, ReportTexts t, List<String> head, List<List<String>> rows) {
    if (rows.isEmpty()) {
      html.append("<p class=\"empty\">").append(escape(t.t("none"))).append("</p>");
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

  private static List<List<String>> workload(List<Workload> workloads, UnaryOperator<String> name) {
    return workloads.stream()
        .map(
            w ->
                List.of(
                    name.apply(w.name()), String.valueOf(w.resolved()), String.valueOf(w.open())))
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
}
