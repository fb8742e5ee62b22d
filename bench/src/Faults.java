import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client side of bench/faults.sh: submits tickets with Idempotency-Keys while the script (or
 * this program) breaks the application or its database, repeats what went unanswered, and checks
 * in the database that nothing was lost or doubled.
 *
 * <pre>
 *   submit  --urls U1,U2 --count N --clients C --prefix P --out F [--kill-pid PID --kill-after K]
 *   load    --urls U1,U2 --rate R --seconds S --prefix P --out F
 *   retry   --urls U1,U2 --in F --out F [--deadline S]
 *   check   --jdbc URL --keys F1,F2,...     (every key: one ticket, one process; no orphans)
 *   outage  --in F --stopped-at MS --started-at MS --out F
 *   timers  --jdbc URL --instances F --activity A --out F
 *   report  --dir D --out F                (every scenario's verdict and figures, as a table)
 * </pre>
 *
 * Results are JSON on standard output (and in --out where given); a check that fails exits 1.
 */
public class Faults {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String USER = "mary";
  static final String[][] KINDS = {
    {"Cannot log in to OA after password change", "SYSTEM_FAULT", "LOGIN_FAILURE"},
    {"VPN drops every few minutes", "ENVIRONMENT_CONFIGURATION", "NETWORK_SETTINGS"},
    {"How do I export the monthly report", "OPERATION_GUIDANCE", "HOW_TO"},
    {"Invoice totals differ from the ledger", "SYSTEM_FAULT", "DATA_ANOMALY"},
  };

  final Map<String, String> args = new HashMap<>();
  HttpClient http;

  public static void main(String[] argv) throws Exception {
    Faults f = new Faults();
    for (int i = 1; i + 1 < argv.length; i += 2) {
      f.args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
    }
    f.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(64))
            .build();
    ObjectNode result =
        switch (argv[0]) {
          case "submit" -> f.submit();
          case "load" -> f.load();
          case "retry" -> f.retry();
          case "check" -> f.check();
          case "outage" -> f.outage();
          case "overload" -> f.overload();
          case "timers" -> f.timers();
          case "report" -> f.report();
          default -> throw new IllegalArgumentException("unknown command " + argv[0]);
        };
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
    System.out.println(text);
    if (f.args.containsKey("result")) {
      Files.writeString(Path.of(f.args.get("result")), text);
    }
    System.exit(result.path("passed").asBoolean(true) ? 0 : 1);
  }

  String arg(String name) {
    String v = args.get(name);
    if (v == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return v;
  }

  int intArg(String name, int dflt) {
    return args.containsKey(name) ? Integer.parseInt(args.get(name)) : dflt;
  }

  // ---- requests ----

  /** The same body for the same key, so that a repeated request is the same request. */
  static String body(String key) throws Exception {
    String[] kind = KINDS[Math.floorMod(key.hashCode(), KINDS.length)];
    Map<String, Object> requester = new LinkedHashMap<>();
    requester.put("name", "Requester " + key);
    requester.put("email", key.toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.com");
    requester.put("department", "Finance");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", kind[0] + " (" + key + ")");
    body.put("description", "Submitted by the fault test as " + key + ".");
    body.put("category", kind[1]);
    body.put("subcategory", kind[2]);
    body.put("urgency", "NORMAL");
    body.put("impact", "INDIVIDUAL");
    body.put("requester", requester);
    return JSON.writeValueAsString(body);
  }

  /** How an answer's Retry-After is kept in its detail column. */
  static final String RETRY_AFTER_MARK = "retry-after=";

  /** One attempt: HTTP status (-1 when no answer came), the ticket number or the problem title. */
  record Outcome(String key, int status, String detail, String contentType, long sentAt, long ms) {
    String line() {
      return key + "\t" + status + "\t" + detail + "\t" + contentType + "\t" + sentAt + "\t" + ms;
    }

    static Outcome parse(String line) {
      String[] p = line.split("\t", -1);
      return new Outcome(
          p[0], Integer.parseInt(p[1]), p[2], p[3], Long.parseLong(p[4]), Long.parseLong(p[5]));
    }

    boolean created() {
      return status == 201 || status == 200;
    }
  }

  Outcome send(String url, String key) {
    long t0 = System.currentTimeMillis();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url + "/api/tickets"))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header("Idempotency-Key", key)
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString((USER + ":" + USER).getBytes(StandardCharsets.UTF_8)))
              .POST(HttpRequest.BodyPublishers.ofString(body(key)))
              .build();
      HttpResponse<String> resp = http.send(request, HttpResponse.BodyHandlers.ofString());
      String type = resp.headers().firstValue("Content-Type").orElse("");
      String detail;
      try {
        JsonNode json = JSON.readTree(resp.body());
        detail = json.has("number") ? json.get("number").asText() : json.path("title").asText("");
      } catch (Exception notJson) {
        detail = "not JSON";
      }
      String retryAfter = resp.headers().firstValue("Retry-After").orElse("");
      if (!retryAfter.isEmpty()) {
        detail += " " + RETRY_AFTER_MARK + retryAfter;
      }
      return new Outcome(
          key, resp.statusCode(), detail, type, t0, System.currentTimeMillis() - t0);
    } catch (Exception noAnswer) {
      return new Outcome(
          key,
          -1,
          noAnswer.getClass().getSimpleName(),
          "",
          t0,
          System.currentTimeMillis() - t0);
    }
  }

  static List<String> urls(String list) {
    return List.of(list.split(","));
  }

  static void write(Path file, List<Outcome> outcomes) throws Exception {
    StringBuilder text = new StringBuilder();
    outcomes.forEach(o -> text.append(o.line()).append('\n'));
    Files.writeString(file, text);
  }

  static List<Outcome> read(Path file) throws Exception {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(Outcome::parse).toList();
  }

  static ObjectNode tally(List<Outcome> outcomes) {
    Map<String, Integer> byStatus = new java.util.TreeMap<>();
    outcomes.forEach(o -> byStatus.merge(Integer.toString(o.status()), 1, Integer::sum));
    ObjectNode node = JSON.createObjectNode();
    byStatus.forEach(node::put);
    return node;
  }

  /** N submissions from C clients, spread over the URLs; optionally SIGKILL a process after K answers. */
  ObjectNode submit() throws Exception {
    List<String> urls = urls(arg("urls"));
    int count = intArg("count", 200);
    int clients = intArg("clients", 32);
    String prefix = arg("prefix");
    long killPid = Long.parseLong(args.getOrDefault("kill-pid", "0"));
    int killAfter = intArg("kill-after", Integer.MAX_VALUE);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    long[] killedAt = {0};
    for (int c = 0; c < clients; c++) {
      pool.submit(
          () -> {
            start.await();
            for (int i; (i = next.getAndIncrement()) < count; ) {
              String key = prefix + "-" + i;
              Outcome o = send(urls.get(i % urls.size()), key);
              outcomes.add(o);
              if (o.status() > 0
                  && answered.incrementAndGet() >= killAfter
                  && killPid > 0
                  && killed.compareAndSet(false, true)) {
                ProcessHandle.of(killPid).ifPresent(ProcessHandle::destroyForcibly);
                killedAt[0] = System.currentTimeMillis();
              }
            }
            return null;
          });
    }
    long began = System.nanoTime();
    start.countDown();
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    double elapsed = (System.nanoTime() - began) / 1e9;
    write(Path.of(arg("out")), outcomes);
    ObjectNode result = JSON.createObjectNode();
    result.put("submitted", count);
    result.put("perSecond", outcomes.stream().filter(Outcome::created).count() / elapsed);
    result.put("killedPid", killed.get() ? killPid : 0);
    result.put("killedAfterAnswers", killed.get() ? killAfter : 0);
    result.set("byStatus", tally(outcomes));
    long serverErrors =
        outcomes.stream().filter(o -> o.status() >= 500 && o.status() != 503).count();
    result.put("serverErrors", serverErrors);
    result.put("passed", serverErrors == 0);
    return result;
  }

  /** An open-loop load of R submissions per second for S seconds, each logged with its send time. */
  ObjectNode load() throws Exception {
    List<String> urls = urls(arg("urls"));
    double rate = Double.parseDouble(args.getOrDefault("rate", "10"));
    int seconds = intArg("seconds", 60);
    String prefix = arg("prefix");
    int total = (int) Math.round(rate * seconds);
    List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newCachedThreadPool();
    long t0 = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = t0 + (long) (i * 1e9 / rate);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      String key = prefix + "-" + i;
      String url = urls.get(i % urls.size());
      pool.submit(() -> outcomes.add(send(url, key)));
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.MINUTES);
    write(Path.of(arg("out")), outcomes);
    ObjectNode result = JSON.createObjectNode();
    result.put("sent", total);
    result.set("byStatus", tally(outcomes));
    return result;
  }

  /** Repeats every request that got no ticket, with its key, until it gets one or time runs out. */
  ObjectNode retry() throws Exception {
    List<String> urls = urls(arg("urls"));
    long deadline = System.currentTimeMillis() + intArg("deadline", 120) * 1000L;
    Map<String, Outcome> last = new LinkedHashMap<>();
    for (String file : arg("in").split(",")) {
      for (Outcome o : read(Path.of(file))) {
        last.merge(o.key(), o, (a, b) -> a.created() ? a : b);
      }
    }
    List<String> pending =
        last.values().stream().filter(o -> !o.created()).map(Outcome::key).toList();
    Map<String, Outcome> finals = new ConcurrentHashMap<>();
    Map<String, Integer> attempts = new ConcurrentHashMap<>();
    List<String> open = new ArrayList<>(pending);
    while (!open.isEmpty() && System.currentTimeMillis() < deadline) {
      List<String> still = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int i = 0; i < open.size(); i++) {
        String key = open.get(i);
        String url = urls.get(i % urls.size());
        pool.submit(
            () -> {
              Outcome o = send(url, key);
              attempts.merge(key, 1, Integer::sum);
              finals.put(key, o);
              if (!o.created()) {
                still.add(key);
              }
            });
      }
      pool.shutdown();
      pool.awaitTermination(5, TimeUnit.MINUTES);
      open = new ArrayList<>(still);
      if (!open.isEmpty()) {
        Thread.sleep(2000);
      }
    }
    List<Outcome> all = new ArrayList<>();
    for (Outcome o : last.values()) {
      all.add(finals.getOrDefault(o.key(), o));
    }
    write(Path.of(arg("out")), all);
    ObjectNode result = JSON.createObjectNode();
    result.put("repeated", pending.size());
    result.put("attempts", attempts.values().stream().mapToInt(Integer::intValue).sum());
    result.put("stillWithoutTicket", open.size());
    result.set("finalByStatus", tally(all));
    result.put("passed", open.isEmpty());
    return result;
  }

  /**
   * Every key has exactly one ticket whose number is the one answered, each such ticket exactly
   * one ticket-handling process instance (business key = number, the ticket's own instance id),
   * and the database holds no ticket without its process, no process without its ticket and no
   * number twice.
   */
  ObjectNode check() throws Exception {
    Map<String, Outcome> finals = new LinkedHashMap<>();
    for (String file : arg("keys").split(",")) {
      for (Outcome o : read(Path.of(file))) {
        finals.put(o.key(), o);
      }
    }
    ObjectNode result = JSON.createObjectNode();
    ArrayNode problems = result.putArray("problems");
    try (Connection db = DriverManager.getConnection(arg("jdbc"), "postgres", "")) {
      int keysWithOneTicket = 0;
      try (PreparedStatement q =
          db.prepareStatement(
              "select t.number, t.process_instance_id,"
                  + " (select count(*) from public.act_hi_procinst p where p.business_key_ ="
                  + " t.number and p.proc_def_key_ = 'ticket-handling') as processes,"
                  + " (select count(*) from public.act_hi_procinst p where p.id_ ="
                  + " t.process_instance_id and p.business_key_ = t.number) as own"
                  + " from app.ticket t where t.idempotency_key like ?")) {
        for (Outcome o : finals.values()) {
          q.setString(1, "%:" + o.key());
          List<String> numbers = new ArrayList<>();
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              numbers.add(rs.getString(1));
              if (rs.getInt(3) != 1 || rs.getInt(4) != 1) {
                problems.add(
                    o.key()
                        + ": ticket "
                        + rs.getString(1)
                        + " has "
                        + rs.getInt(3)
                        + " ticket-handling instances (own instance found: "
                        + rs.getInt(4)
                        + ")");
              }
            }
          }
          if (numbers.size() != 1) {
            problems.add(o.key() + ": " + numbers.size() + " tickets " + numbers);
          } else if (o.created() && !numbers.get(0).equals(o.detail())) {
            problems.add(o.key() + ": answered " + o.detail() + " but stored " + numbers.get(0));
          } else {
            keysWithOneTicket++;
          }
        }
      }
      result.put("keys", finals.size());
      result.put("keysWithExactlyOneTicket", keysWithOneTicket);
      result.put(
          "ticketsWithoutProcess",
          count(
              db,
              "select count(*) from app.ticket t where not exists (select 1 from"
                  + " public.act_hi_procinst p where p.business_key_ = t.number and p.proc_def_key_"
                  + " = 'ticket-handling')"));
      result.put(
          "processesWithoutTicket",
          count(
              db,
              "select count(*) from public.act_hi_procinst p where p.proc_def_key_ ="
                  + " 'ticket-handling' and not exists (select 1 from app.ticket t where t.number"
                  + " = p.business_key_)"));
      result.put(
          "duplicateNumbers",
          count(
              db,
              "select count(*) from (select number from app.ticket group by number having"
                  + " count(*) > 1) d"));
      result.put(
          "duplicateKeys",
          count(
              db,
              "select count(*) from (select idempotency_key from app.ticket where idempotency_key"
                  + " is not null group by idempotency_key having count(*) > 1) d"));
      result.put("tickets", count(db, "select count(*) from app.ticket"));
      result.put("openIncidents", count(db, "select count(*) from public.act_ru_incident"));
    }
    for (String field :
        List.of("ticketsWithoutProcess", "processesWithoutTicket", "duplicateNumbers", "duplicateKeys")) {
      if (result.get(field).asLong() != 0) {
        problems.add(field + " = " + result.get(field).asLong());
      }
    }
    result.put("passed", problems.isEmpty());
    return result;
  }

  static long count(Connection db, String sql) throws Exception {
    try (PreparedStatement q = db.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * The load around a database outage: while the database was down every request was refused
   * with a 503 problem (never another 5xx, never a hang past the client's timeout), and after it
   * came back tickets were created again within 30 s.
   */
  ObjectNode outage() throws Exception {
    List<Outcome> outcomes = new ArrayList<>(read(Path.of(arg("in"))));
    outcomes.sort(java.util.Comparator.comparingLong(Outcome::sentAt));
    long stopped = Long.parseLong(arg("stopped-at"));
    long started = Long.parseLong(arg("started-at"));
    ObjectNode result = JSON.createObjectNode();
    ArrayNode problems = result.putArray("problems");
    List<Outcome> during =
        outcomes.stream()
            .filter(o -> o.sentAt() >= stopped + 1000 && o.sentAt() + o.ms() <= started)
            .toList();
    long problem503 =
        during.stream()
            .filter(o -> o.status() == 503 && o.contentType().startsWith("application/problem+json"))
            .count();
    result.set("duringOutage", tally(during));
    result.put("duringOutage503Problems", problem503);
    during.stream()
        .filter(o -> o.status() != 503)
        .limit(5)
        .forEach(o -> problems.add("during the outage: " + o.line()));
    if (during.isEmpty()) {
      problems.add("no request fell inside the outage");
    }
    long serverErrors =
        outcomes.stream().filter(o -> o.status() >= 500 && o.status() != 503).count();
    result.put("otherServerErrors", serverErrors);
    if (serverErrors > 0) {
      problems.add(serverErrors + " answers were 5xx other than 503");
    }
    long noAnswer = outcomes.stream().filter(o -> o.status() < 0).count();
    result.put("unanswered", noAnswer);
    Long firstCreatedAfter =
        outcomes.stream()
            .filter(o -> o.sentAt() >= started && o.created())
            .map(o -> o.sentAt() + o.ms())
            .findFirst()
            .orElse(null);
    if (firstCreatedAfter == null) {
      problems.add("no ticket was created after the database came back");
    } else {
      double back = (firstCreatedAfter - started) / 1000.0;
      result.put("secondsBackAfterDatabase", back);
      if (back > 30) {
        problems.add("service back only " + back + " s after the database");
      }
    }
    List<Outcome> afterRecovery =
        outcomes.stream()
            .filter(o -> firstCreatedAfter != null && o.sentAt() > firstCreatedAfter)
            .toList();
    result.set("afterRecovery", tally(afterRecovery));
    long failedAfter = afterRecovery.stream().filter(o -> !o.created()).count();
    if (failedAfter > 0) {
      problems.add(failedAfter + " requests failed after the service was back");
    }
    long maxMs = during.stream().mapToLong(Outcome::ms).max().orElse(0);
    result.put("slowestAnswerDuringOutageMs", maxMs);
    result.put("passed", problems.isEmpty());
    return result;
  }

  /**
   * The timers made due while the application was down: each fired exactly once (one activity
   * instance of the timer event per process instance, no such job left).
   */
  /**
   * The answers to a load beyond the node's capacity: each one a ticket, or a refusal (503 or 429
   * problem+json with Retry-After) given within a second; the accepted ones fast (p99 at most a
   * second); no other answer, no request left without one.
   */
  ObjectNode overload() throws Exception {
    List<Outcome> outcomes = read(Path.of(arg("in")));
    List<Long> accepted =
        outcomes.stream().filter(Outcome::created).map(Outcome::ms).sorted().toList();
    List<Outcome> refused =
        outcomes.stream().filter(o -> o.status() == 503 || o.status() == 429).toList();
    long badRefusals =
        refused.stream()
            .filter(
                o ->
                    !o.contentType().startsWith("application/problem+json")
                        || !o.detail().contains(RETRY_AFTER_MARK))
            .count();
    long slowRefusals = refused.stream().filter(o -> o.ms() > 1000).count();
    long other = outcomes.size() - accepted.size() - refused.size();
    long p99 = accepted.isEmpty() ? 0 : accepted.get((int) Math.ceil(accepted.size() * 0.99) - 1);
    long slowestRefusal = refused.stream().mapToLong(Outcome::ms).max().orElse(0);
    ObjectNode result = JSON.createObjectNode();
    result.put("answers", outcomes.size());
    result.put("accepted", accepted.size());
    result.put("refused", refused.size());
    result.put("refusalsWithoutProblemOrRetryAfter", badRefusals);
    result.put("refusalsSlowerThan1s", slowRefusals);
    result.put("slowestRefusalMs", slowestRefusal);
    result.put("acceptedP99Ms", p99);
    result.put("otherAnswers", other);
    result.set("byStatus", tally(outcomes));
    result.put(
        "passed",
        !accepted.isEmpty()
            && !refused.isEmpty()
            && badRefusals == 0
            && slowRefusals == 0
            && other == 0
            && p99 <= 1000);
    return result;
  }

  ObjectNode timers() throws Exception {
    List<String> instances =
        Files.readAllLines(Path.of(arg("instances"))).stream().filter(l -> !l.isBlank()).toList();
    String activity = arg("activity");
    ObjectNode result = JSON.createObjectNode();
    ArrayNode problems = result.putArray("problems");
    Map<Integer, Integer> firings = new java.util.TreeMap<>();
    int left = 0;
    try (Connection db = DriverManager.getConnection(arg("jdbc"), "postgres", "");
        PreparedStatement fired =
            db.prepareStatement(
                "select count(*) from public.act_hi_actinst where proc_inst_id_ = ? and act_id_ ="
                    + " ?");
        PreparedStatement pending =
            db.prepareStatement(
                "select count(*) from public.act_ru_job j join public.act_ru_jobdef d on d.id_ ="
                    + " j.job_def_id_ where j.process_instance_id_ = ? and d.act_id_ = ?")) {
      for (String instance : instances) {
        fired.setString(1, instance);
        fired.setString(2, activity);
        int n;
        try (ResultSet rs = fired.executeQuery()) {
          rs.next();
          n = rs.getInt(1);
        }
        firings.merge(n, 1, Integer::sum);
        if (n != 1) {
          problems.add(instance + ": " + activity + " fired " + n + " times");
        }
        pending.setString(1, instance);
        pending.setString(2, activity);
        try (ResultSet rs = pending.executeQuery()) {
          rs.next();
          left += rs.getInt(1);
        }
      }
    }
    result.put("timers", instances.size());
    ObjectNode byCount = result.putObject("instancesByFirings");
    firings.forEach((k, v) -> byCount.put(Integer.toString(k), v));
    result.put("jobsLeft", left);
    if (left > 0) {
      problems.add(left + " of the timer jobs are still waiting");
    }
    result.put("passed", problems.isEmpty());
    return result;
  }

  /** Gathers the scenarios' files into one document and prints the table. */
  ObjectNode report() throws Exception {
    Path dir = Path.of(arg("dir"));
    ObjectNode result = JSON.createObjectNode();
    ObjectNode scenarios = result.putObject("scenarios");
    boolean all = true;
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String name = f.getFileName().toString().replace(".json", "");
        JsonNode node = JSON.readTree(f.toFile());
        if (name.startsWith("verdict-")) {
          all &= node.path("passed").asBoolean(false);
        }
        scenarios.set(name, node);
      }
    }
    result.put("passed", all);
    StringBuilder table = new StringBuilder("\n");
    table.append(String.format("%-10s %-8s %s%n", "scenario", "result", "figures"));
    for (String s : List.of("kill", "outage", "timers", "cluster", "overload")) {
      JsonNode v = scenarios.path("verdict-" + s);
      if (v.isMissingNode()) {
        continue;
      }
      table.append(
          String.format(
              "%-10s %-8s %s%n",
              s, v.path("passed").asBoolean() ? "passed" : "FAILED", figures(scenarios, s)));
    }
    System.err.print(table);
    Files.writeString(Path.of(arg("out")), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    return JSON.createObjectNode().put("passed", all).put("results", arg("out"));
  }

  static String figures(JsonNode all, String scenario) {
    JsonNode check = scenario.equals("timers") ? JSON.missingNode() : all.path(scenario + "-check");
    JsonNode submit = all.path(scenario + "-submit");
    JsonNode retry = all.path(scenario + "-retry");
    List<String> parts = new ArrayList<>();
    if (!submit.isMissingNode()) {
      parts.add("answers " + submit.path("byStatus"));
    }
    if (scenario.equals("outage")) {
      JsonNode a = all.path("outage-answers");
      parts.add("during the outage " + a.path("duringOutage"));
      parts.add("back " + a.path("secondsBackAfterDatabase").asText("?") + " s after the database");
      parts.add("slowest refusal " + a.path("slowestAnswerDuringOutageMs").asText("?") + " ms");
    }
    if (!retry.isMissingNode()) {
      parts.add("repeated " + retry.path("repeated") + ", still without ticket " + retry.path("stillWithoutTicket"));
    }
    JsonNode timers = all.path(scenario.equals("timers") ? "timers-check" : scenario + "-timers");
    if (!timers.isMissingNode()) {
      parts.add("timers " + timers.path("timers") + " fired " + timers.path("instancesByFirings"));
    }
    if (!check.isMissingNode()) {
      parts.add(
          "keys "
              + check.path("keys")
              + " with one ticket "
              + check.path("keysWithExactlyOneTicket")
              + ", orphans "
              + (check.path("ticketsWithoutProcess").asLong() + check.path("processesWithoutTicket").asLong())
              + ", duplicate numbers "
              + check.path("duplicateNumbers")
              + ", engine incidents "
              + check.path("openIncidents"));
      check.path("problems").forEach(p -> parts.add("problem: " + p.asText()));
    }
    return String.join("; ", parts);
  }
}
