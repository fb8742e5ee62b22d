import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the figures of one benchmark run (one JSON file per phase and repetition), writes
 * results.json and prints the table: each figure beside its baseline of the same run and its
 * target. Repeated phases count with the median of each figure.
 *
 * <pre>
 * java -cp 'target/bench/lib/*' bench/src/Report.java PARTS_DIR RESULTS_JSON QUICK OPEN_TARGET
 * </pre>
 */
public class Report {

  static final ObjectMapper JSON = new ObjectMapper();
  final File dir;
  final ArrayNode figures = JSON.createArrayNode();

  Report(File dir) {
    this.dir = dir;
  }

  public static void main(String[] args) throws Exception {
    Report r = new Report(new File(args[0]));
    boolean quick = Boolean.parseBoolean(args[2]);
    r.build();
    ObjectNode out = JSON.createObjectNode();
    out.put("generatedAt", Instant.now().toString());
    out.put("quick", quick);
    out.put("cpus", Runtime.getRuntime().availableProcessors());
    out.put("openTicketsTarget", Integer.parseInt(args[3]));
    File pgVersion = new File(args[0], "postgres-version.txt");
    if (pgVersion.exists()) {
      out.put("postgres", Files.readString(pgVersion.toPath()).trim());
    }
    File restored = new File(args[0], "seed-restored.json");
    if (restored.exists()) {
      out.put("seedRestoredFrom", JSON.readTree(restored).path("restoredFrom").asText());
    }
    out.set("figures", r.figures);
    ObjectNode raw = out.putObject("phases");
    File[] parts = r.dir.listFiles((d, n) -> n.endsWith(".json"));
    Arrays.sort(parts);
    for (File f : parts) {
      raw.set(f.getName().replace(".json", ""), JSON.readTree(f));
    }
    Files.writeString(
        Path.of(args[1]), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    r.print(quick);
    if (out.has("seedRestoredFrom")) {
      System.out.println(
          "The open tickets were restored from "
              + out.get("seedRestoredFrom").asText()
              + " before the application started: every phase ran on a database holding them.");
    }
    System.out.println("\nresults: " + args[1]);
  }

  // ---- reading ----

  List<JsonNode> runs(String prefix) throws Exception {
    List<JsonNode> runs = new ArrayList<>();
    File[] files = dir.listFiles((d, n) -> n.matches(prefix + "(-\\d+)?\\.json"));
    if (files != null) {
      Arrays.sort(files);
      for (File f : files) {
        runs.add(JSON.readTree(f));
      }
    }
    return runs;
  }

  /** The median of a field over a phase's repetitions; NaN when the phase did not run. */
  double median(String prefix, String path) throws Exception {
    List<Double> values = new ArrayList<>();
    for (JsonNode run : runs(prefix)) {
      JsonNode v = run.at(path);
      if (v.isNumber()) {
        values.add(v.asDouble());
      }
    }
    if (values.isEmpty()) {
      return Double.NaN;
    }
    values.sort(Double::compare);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  // ---- figures ----

  enum Goal {
    AT_LEAST,
    AT_MOST,
    NONE
  }

  void add(
      String figure,
      double measured,
      String unit,
      String baselineName,
      double baseline,
      Goal goal,
      double target,
      boolean targetOnRatio) {
    ObjectNode f = figures.addObject();
    f.put("figure", figure);
    f.put("measured", measured);
    f.put("unit", unit);
    if (baselineName != null) {
      f.put("baseline", baselineName);
      f.put("baselineValue", baseline);
      f.put("ratio", measured / baseline);
    }
    if (goal != Goal.NONE) {
      double compared = targetOnRatio ? measured / baseline : measured;
      f.put(
          "target",
          (goal == Goal.AT_LEAST ? ">= " : "<= ")
              + num(target)
              + (targetOnRatio ? " x" : " " + unit));
      f.put(
          "met",
          !Double.isNaN(compared)
              && (goal == Goal.AT_LEAST ? compared >= target : compared <= target));
    }
  }

  void build() throws Exception {
    double pg1 = median("pgbench1", "/perSecond");
    double pg4 = median("pgbench4", "/perSecond");
    double bare = median("bare", "/perSecond");
    int threads = (int) median("bare", "/threads");
    add("pgbench single-row INSERT, 1 client", pg1, "commits/s", null, 0, Goal.NONE, 0, false);
    add("pgbench single-row INSERT, 4 clients", pg4, "commits/s", null, 0, Goal.NONE, 0, false);
    add(
        "bare engine start -> user task, 5 variables, " + threads + " threads",
        bare,
        "instances/s",
        null,
        0,
        Goal.NONE,
        0,
        false);

    double intake = median("intake", "/perSecond");
    int clients = (int) median("intake", "/clients");
    String intakeName = "intake POST /api/tickets, saturation, " + clients + " clients";
    add(intakeName, intake, "tickets/s", null, 0, Goal.AT_LEAST, 150, false);
    add(
        "triage after intake at saturation (ticket to work task in its queue), sustained",
        median("intake", "/triagedPerSecond"),
        "tickets/s",
        "intake at saturation",
        intake,
        Goal.NONE,
        0,
        false);
    add(
        "triage after intake at saturation, last work task this long after the intake ended",
        median("intake", "/triageLagSeconds"),
        "s",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        intakeName + ", vs pgbench 4 clients",
        intake,
        "tickets/s",
        "pgbench 4 clients",
        pg4,
        Goal.AT_LEAST,
        1.0 / 30,
        true);
    add(
        intakeName + ", vs bare engine",
        intake,
        "tickets/s",
        "bare engine",
        bare,
        Goal.AT_LEAST,
        0.3,
        true);
    add(
        "intake at saturation, application CPU per ticket",
        median("intake", "/appCpuMsPerTicket"),
        "ms",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "intake at saturation, database server CPU per ticket",
        median("intake", "/dbCpuMsPerTicket"),
        "ms",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "intake at saturation, p50",
        median("intake", "/p50Ms"),
        "ms",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "intake at saturation, p99",
        median("intake", "/p99Ms"),
        "ms",
        null,
        0,
        Goal.NONE,
        0,
        false);

    double offered = median("intake-rate", "/offeredPerSecond");
    String at = "intake at " + num(offered) + "/s offered";
    add(
        at + ", achieved",
        median("intake-rate", "/perSecond"),
        "tickets/s",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(at + ", p50", median("intake-rate", "/p50Ms"), "ms", null, 0, Goal.NONE, 0, false);
    add(at + ", p95", median("intake-rate", "/p95Ms"), "ms", null, 0, Goal.NONE, 0, false);
    add(at + ", p99", median("intake-rate", "/p99Ms"), "ms", null, 0, Goal.AT_MOST, 100, false);
    add(
        at + ", failed requests",
        median("intake-rate", "/failed"),
        "requests",
        null,
        0,
        Goal.AT_MOST,
        0,
        false);

    double lifecycle = median("lifecycle", "/perSecond");
    add(
        "lifecycle create -> claim -> resolve -> confirm -> closed, "
            + (int) median("lifecycle", "/clients")
            + " clients",
        lifecycle,
        "tickets/s",
        "intake at saturation",
        intake,
        Goal.AT_LEAST,
        30,
        false);
    add(
        "lifecycle, application CPU per closed ticket",
        median("lifecycle", "/appCpuMsPerTicket"),
        "ms",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "lifecycle, database server CPU per closed ticket",
        median("lifecycle", "/dbCpuMsPerTicket"),
        "ms",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "lifecycle, failed tickets",
        median("lifecycle", "/failed"),
        "tickets",
        null,
        0,
        Goal.AT_MOST,
        0,
        false);

    double open = median("open", "/openTickets");
    String[][] lists = {
      {"filter", "Tasklist filter of tier 1 (15 rows)"},
      {"candidateGroup", "GET /engine-rest/task?candidateGroup=tier1 (15 rows)"},
      {"ticketSearchStatus", "GET /api/tickets?status=WAITING_ASSIGNMENT (20 rows)"},
      {"ticketSearchText", "GET /api/tickets?q=printer (20 rows)"},
      {"filterCount", "Tasklist filter count of tier 1"},
    };
    for (String[] l : lists) {
      add(
          l[1] + ", p95 at " + num(open) + " open tickets",
          median("tasklist", "/" + l[0] + "/p95Ms"),
          "ms",
          null,
          0,
          Goal.AT_MOST,
          l[0].startsWith("ticketSearch") ? 100 : 200,
          false);
    }
    add(
        "seeding open tickets through the API",
        median("seed", "/perSecond"),
        "tickets/s",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "seeding time for " + num(median("seed", "/ok")) + " tickets",
        median("seed", "/seconds"),
        "s",
        null,
        0,
        Goal.NONE,
        0,
        false);

    JsonNode decisions = runs("decisions").isEmpty() ? null : runs("decisions").get(0);
    if (decisions != null) {
      var names = decisions.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        add(
            "decision " + name + ", one thread",
            decisions.get(name).asDouble(),
            "evaluations/s",
            null,
            0,
            Goal.AT_LEAST,
            50000,
            false);
      }
    }

    add(
        "start-up until /actuator/health/ping is UP",
        median("footprint-start", "/startupSeconds"),
        "s",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "RSS idle after start",
        median("footprint-start", "/rssIdleMiB"),
        "MiB",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "RSS under load (max during intake at saturation)",
        median("intake", "/rssMaxMiB"),
        "MiB",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "RSS at the end of the run",
        median("footprint-end", "/rssEndMiB"),
        "MiB",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "OutOfMemoryError with -Xmx512m",
        median("footprint-end", "/outOfMemoryErrors"),
        "errors",
        null,
        0,
        Goal.AT_MOST,
        0,
        false);
    add(
        "database bytes per closed ticket ("
            + num(median("bytes-per-ticket", "/closedTickets"))
            + " closed)",
        median("bytes-per-ticket", "/bytesPerClosedTicket"),
        "bytes",
        null,
        0,
        Goal.AT_MOST,
        50000,
        false);
    add(
        "history cleanup, process instances removed",
        median("cleanup", "/instancesPerSecond"),
        "instances/s",
        null,
        0,
        Goal.NONE,
        0,
        false);
    add(
        "history cleanup, closed tickets' process trees removed ("
            + num(median("cleanup", "/ticketsBefore"))
            + ")",
        median("cleanup", "/ticketsPerSecond"),
        "tickets/s",
        "intake at saturation",
        intake,
        Goal.AT_LEAST,
        2,
        true);
  }

  // ---- printing ----

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (Math.abs(v) >= 100 || v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  void print(boolean quick) {
    if (quick) {
      System.out.println(
          "QUICK MODE: short phases, few open tickets; not comparable to a full run.");
    }
    String fmt = "%-78s | %20s | %30s | %7s | %25s | %s%n";
    System.out.printf(fmt, "figure", "measured", "baseline", "ratio", "target", "met");
    System.out.println("-".repeat(182));
    for (JsonNode f : figures) {
      String measured = num(f.get("measured").asDouble()) + " " + f.get("unit").asText();
      String baseline =
          f.has("baseline")
              ? num(f.get("baselineValue").asDouble()) + " " + shortName(f.get("baseline").asText())
              : "";
      String ratio =
          f.has("ratio") ? String.format(Locale.ROOT, "%.3f", f.get("ratio").asDouble()) : "";
      String target = f.has("target") ? f.get("target").asText() : "";
      String met = f.has("met") ? (f.get("met").asBoolean() ? "yes" : "NO") : "";
      System.out.printf(fmt, f.get("figure").asText(), measured, baseline, ratio, target, met);
    }
  }

  static String shortName(String s) {
    return "(" + s + ")";
  }
}
