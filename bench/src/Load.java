import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's load generator: drives the running application through its REST APIs as clients
 * do and writes one JSON object of figures per phase.
 *
 * <pre>
 * java -cp 'target/bench/lib/*' bench/src/Load.java PHASE --url http://127.0.0.1:8080 --out f.json ...
 * PHASE: intake (closed loop, --clients, --seconds), intake-rate (open loop, --rate, --seconds),
 *        lifecycle (--clients, --seconds), seed (--count, --clients), tasklist (--requests)
 * </pre>
 *
 * Latencies are in milliseconds. In the open-loop phase a request's latency runs from the time it
 * was scheduled to be sent, so a server that falls behind shows it (no coordinated omission).
 */
public class Load {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String[][] TEMPLATES = {
    // title, category, subcategory, urgency, impact
    {"How do I export the monthly report", "OPERATION_GUIDANCE", "HOW_TO", "NORMAL", "INDIVIDUAL"},
    {
      "Cannot log in to OA after password change",
      "SYSTEM_FAULT",
      "LOGIN_FAILURE",
      "IMPORTANT",
      "INDIVIDUAL"
    },
    {
      "Invoice totals differ from the ledger",
      "SYSTEM_FAULT",
      "DATA_ANOMALY",
      "IMPORTANT",
      "DEPARTMENT"
    },
    {
      "VPN drops every few minutes",
      "ENVIRONMENT_CONFIGURATION",
      "NETWORK_SETTINGS",
      "NORMAL",
      "INDIVIDUAL"
    },
    {
      "Printer driver for floor 3 missing",
      "ENVIRONMENT_CONFIGURATION",
      "DRIVER_UPDATE",
      "NORMAL",
      "DEPARTMENT"
    },
    {
      "Training on the new expense module",
      "OPERATION_GUIDANCE",
      "TRAINING_REQUEST",
      "NORMAL",
      "DEPARTMENT"
    },
  };
  static final String[] WORDS = {
    "printer",
    "vpn",
    "report",
    "invoice",
    "mailbox",
    "laptop",
    "screen",
    "ledger",
    "export",
    "calendar",
    "badge",
    "wifi",
    "scanner",
    "backup",
    "license"
  };

  final Map<String, String> args = new HashMap<>();
  HttpClient http;
  String url;

  public static void main(String[] argv) throws Exception {
    Load load = new Load();
    for (int i = 1; i + 1 < argv.length; i += 2) {
      load.args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
    }
    load.url = load.arg("url", "http://127.0.0.1:8080");
    int threads = Math.max(load.intArg("clients", 8), 8) + 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    load.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(pool)
            .build();
    ObjectNode result =
        switch (argv[0]) {
          case "intake" -> load.intakeClosed();
          case "intake-rate" -> load.intakeOpen();
          case "lifecycle" -> load.lifecycle();
          case "seed" -> load.seed();
          case "tasklist" -> load.taskList();
          default -> throw new IllegalArgumentException("unknown phase " + argv[0]);
        };
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
    System.out.println(text);
    if (load.args.containsKey("out")) {
      Files.writeString(Path.of(load.args.get("out")), text);
    }
    pool.shutdownNow();
    System.exit(0);
  }

  String arg(String name, String fallback) {
    return args.getOrDefault(name, fallback);
  }

  int intArg(String name, int fallback) {
    return Integer.parseInt(arg(name, String.valueOf(fallback)));
  }

  // ---- phases ----

  /** Closed loop: N clients each create tickets back to back for the duration. */
  ObjectNode intakeClosed() throws Exception {
    int clients = intArg("clients", 16);
    int seconds = intArg("seconds", 30);
    String user = arg("user", "mary");
    Recorder rec = new Recorder();
    RssSampler rss = RssSampler.start(arg("pid", ""));
    long tasks0 = openTasks();
    long cpu0 = RssSampler.cpuMs(arg("pid", ""));
    long db0 = RssSampler.serverCpuMs(arg("pg-pid", ""));
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long t0 = System.nanoTime();
    runClients(
        clients,
        () -> {
          while (System.nanoTime() < end) {
            long s = System.nanoTime();
            int status = createTicket(user, randomTicket()).status;
            rec.record(status == 201, System.nanoTime() - s);
          }
        });
    double elapsed = (System.nanoTime() - t0) / 1e9;
    ObjectNode out = rec.summary(elapsed);
    out.put("clients", clients);
    // the work of each ticket is queued after its intake committed: until every ticket taken in
    // has its work task, the triage goes on; the CPU per ticket counts that work too
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(intArg("triage-wait", 300));
    long tasks = openTasks();
    while (tasks - tasks0 < rec.ok() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      tasks = openTasks();
    }
    double triaged = (System.nanoTime() - t0) / 1e9;
    out.put("triagedTickets", tasks - tasks0);
    out.put("triagedPerSecond", (tasks - tasks0) / triaged);
    out.put("triageLagSeconds", triaged - elapsed);
    appCpu(out, cpu0, db0, rec.ok());
    rss.stopInto(out);
    return out;
  }

  /** Open user tasks of every process, as an administrator counts them. */
  long openTasks() throws Exception {
    Reply count = send(arg("admin", "demo"), "GET", "/engine-rest/task/count", null);
    if (count.status != 200) {
      throw new IllegalStateException("task count: " + count.status + " " + count.body);
    }
    return count.json().get("count").asLong();
  }

  /** Open loop: tickets offered at a fixed rate, latency from each request's scheduled time. */
  ObjectNode intakeOpen() throws Exception {
    double rate = Double.parseDouble(arg("rate", "100"));
    int seconds = intArg("seconds", 30);
    String user = arg("user", "mary");
    int total = (int) Math.round(rate * seconds);
    Recorder rec = new Recorder();
    AtomicInteger outstanding = new AtomicInteger();
    AtomicInteger maxOutstanding = new AtomicInteger();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    long t0 = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    for (int i = 0; i < total; i++) {
      long scheduled = t0 + (long) (i * 1e9 / rate);
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      maxOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
      all.add(
          http.sendAsync(
                  ticketRequest(user, randomTicket(), UUID.randomUUID().toString()),
                  HttpResponse.BodyHandlers.ofString())
              .handle(
                  (resp, err) -> {
                    outstanding.decrementAndGet();
                    rec.record(
                        err == null && resp.statusCode() == 201, System.nanoTime() - scheduled);
                    return null;
                  }));
    }
    // what has no answer after the drain time counts as failed
    int drainSeconds = intArg("drain", 30);
    try {
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
          .get(drainSeconds, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      System.err.printf("intake-rate: %d requests unanswered after the drain%n", outstanding.get());
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    int unanswered = outstanding.get();
    for (int i = 0; i < unanswered; i++) {
      rec.record(false, 0);
    }
    ObjectNode out = rec.summary(elapsed);
    out.put("unanswered", unanswered);
    out.put("offeredPerSecond", rate);
    out.put("maxOutstanding", maxOutstanding.get());
    return out;
  }

  /**
   * Each client takes tickets through their whole life: created by an agent, claimed and resolved
   * through the engine REST API as Tasklist does, confirmed by the requester in the portal.
   */
  ObjectNode lifecycle() throws Exception {
    int clients = intArg("clients", 8);
    int seconds = intArg("seconds", 30);
    int limit = intArg("count", Integer.MAX_VALUE);
    String agent = arg("agent", "mary");
    Recorder rec = new Recorder();
    AtomicInteger started = new AtomicInteger();
    AtomicLong waitedForTask = new AtomicLong();
    ConcurrentLinkedQueue<String> closed = new ConcurrentLinkedQueue<>();
    ConcurrentHashMap<String, Integer> failures = new ConcurrentHashMap<>();
    long cpu0 = RssSampler.cpuMs(arg("pid", ""));
    long db0 = RssSampler.serverCpuMs(arg("pg-pid", ""));
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long t0 = System.nanoTime();
    runClients(
        clients,
        () -> {
          while (System.nanoTime() < end && started.incrementAndGet() <= limit) {
            long s = System.nanoTime();
            String failure = null;
            try {
              failure = oneLife(agent, closed, waitedForTask);
            } catch (Exception e) {
              failure = e.getClass().getSimpleName();
            }
            if (failure != null) {
              failures.merge(failure, 1, Integer::sum);
            }
            rec.record(failure == null, System.nanoTime() - s);
          }
        });
    double elapsed = (System.nanoTime() - t0) / 1e9;
    ObjectNode out = rec.summary(elapsed);
    out.put("clients", clients);
    out.put("closed", closed.size());
    appCpu(out, cpu0, db0, closed.size());
    out.put("taskPollsPerTicket", rec.ok() == 0 ? 0 : (double) waitedForTask.get() / rec.ok());
    out.set("failures", JSON.valueToTree(failures));
    if (args.containsKey("numbers")) {
      Files.write(Path.of(args.get("numbers")), closed);
    }
    return out;
  }

  String oneLife(String agent, ConcurrentLinkedQueue<String> closed, AtomicLong polls)
      throws Exception {
    Map<String, Object> body = ticket(TEMPLATES[0], "lifecycle");
    Reply created = createTicket(agent, body);
    if (created.status != 201) {
      return "create " + created.status;
    }
    String number = created.json().get("number").asText();
    String token = created.json().get("accessToken").asText();
    String taskId = null;
    for (int i = 0; i < 200 && taskId == null; i++) {
      Reply tasks =
          send(
              agent,
              "GET",
              "/engine-rest/task?maxResults=5&processInstanceBusinessKey="
                  + number
                  + "&candidateGroup=tier1",
              null);
      if (tasks.status == 200 && !tasks.json().isEmpty()) {
        taskId = tasks.json().get(0).get("id").asText();
      } else {
        polls.incrementAndGet();
        Thread.sleep(10);
      }
    }
    if (taskId == null) {
      return "no work task";
    }
    Reply claim =
        send(agent, "POST", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", agent));
    if (claim.status != 204) {
      return "claim " + claim.status;
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("outcome", Map.of("value", "RESOLVED"));
    vars.put("resolution", Map.of("value", "Reports > Export > Excel; granted the Export right."));
    Reply submit =
        send(
            agent,
            "POST",
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of("variables", vars));
    if (submit.status != 204) {
      return "submit-form " + submit.status;
    }
    for (int i = 0; i < 200; i++) {
      Reply confirm =
          sendPortal(
              token, "/api/portal/tickets/" + number + "/confirmation", Map.of("resolved", true));
      if (confirm.status == 200 || confirm.status == 201) {
        String status = confirm.json().path("status").asText();
        if (!"CLOSED".equals(status)) {
          return "confirmed but " + status;
        }
        closed.add(number);
        return null;
      }
      if (confirm.status != 409) {
        return "confirmation " + confirm.status;
      }
      polls.incrementAndGet();
      Thread.sleep(10);
    }
    return "confirmation kept 409";
  }

  /** Creates open tickets in parallel as fast as the application takes them. */
  ObjectNode seed() throws Exception {
    int count = intArg("count", 2000);
    int clients = intArg("clients", 16);
    String user = arg("user", "mary");
    AtomicInteger next = new AtomicInteger();
    Recorder rec = new Recorder();
    long t0 = System.nanoTime();
    AtomicLong lastReport = new AtomicLong(t0);
    runClients(
        clients,
        () -> {
          while (next.incrementAndGet() <= count) {
            long s = System.nanoTime();
            rec.record(createTicket(user, randomTicket()).status == 201, System.nanoTime() - s);
            long now = System.nanoTime();
            long last = lastReport.get();
            if (now - last > TimeUnit.SECONDS.toNanos(30) && lastReport.compareAndSet(last, now)) {
              System.err.printf(
                  "seed: %d of %d created, %.0f/s%n",
                  rec.ok(), count, rec.ok() / ((now - t0) / 1e9));
            }
          }
        });
    double elapsed = (System.nanoTime() - t0) / 1e9;
    ObjectNode out = rec.summary(elapsed);
    out.put("clients", clients);
    out.put("seconds", elapsed);
    return out;
  }

  /**
   * One agent reading lists one request after the other: the Tasklist filter of the agent's queue,
   * the engine's task query of the group, and the ticket search of the staff API.
   */
  ObjectNode taskList() throws Exception {
    int requests = intArg("requests", 200);
    String agent = arg("agent", "mary");
    String filterName = arg("filter", "Service desk (tier 1): open tickets");
    Reply filters =
        send(
            agent,
            "GET",
            "/engine-rest/filter?maxResults=5&resourceType=Task&name="
                + URLEncoder.encode(filterName, StandardCharsets.UTF_8),
            null);
    if (filters.status != 200 || filters.json().isEmpty()) {
      throw new IllegalStateException("filter not found: " + filters.status + " " + filters.body);
    }
    String filterId = filters.json().get(0).get("id").asText();
    Map<String, Object> tasklistSorting =
        Map.of("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
    Map<String, Query> queries = new LinkedHashMap<>();
    queries.put(
        "filter",
        new Query(
            "POST",
            "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
            tasklistSorting));
    queries.put(
        "filterCount", new Query("GET", "/engine-rest/filter/" + filterId + "/count", null));
    queries.put(
        "candidateGroup",
        new Query(
            "GET",
            "/engine-rest/task?candidateGroup=tier1&sortBy=dueDate&sortOrder=asc"
                + "&firstResult=0&maxResults=15",
            null));
    queries.put(
        "ticketSearchStatus",
        new Query("GET", "/api/tickets?status=WAITING_ASSIGNMENT&page=0&size=20", null));
    queries.put(
        "ticketSearchText", new Query("GET", "/api/tickets?q=printer&page=0&size=20", null));
    ObjectNode out = JSON.createObjectNode();
    out.put("filterName", filterName);
    for (Map.Entry<String, Query> q : queries.entrySet()) {
      Query query = q.getValue();
      for (int i = 0; i < Math.min(20, requests); i++) {
        send(agent, query.method, query.path, query.body); // warm-up
      }
      Recorder rec = new Recorder();
      int rows = -1;
      long t0 = System.nanoTime();
      for (int i = 0; i < requests; i++) {
        long s = System.nanoTime();
        Reply r = send(agent, query.method, query.path, query.body);
        rec.record(r.status == 200, System.nanoTime() - s);
        if (i == 0 && r.status == 200) {
          JsonNode json = r.json();
          rows =
              json.isArray()
                  ? json.size()
                  : json.has("count") ? json.get("count").asInt() : json.path("items").size();
        }
      }
      ObjectNode summary = rec.summary((System.nanoTime() - t0) / 1e9);
      summary.put("rows", rows);
      summary.put("request", query.method + " " + query.path);
      out.set(q.getKey(), summary);
    }
    return out;
  }

  /** The application's CPU time per ticket in the phase: comparable across machines' loads. */
  void appCpu(ObjectNode out, long cpu0, long db0, int tickets) {
    long cpu1 = RssSampler.cpuMs(arg("pid", ""));
    if (cpu0 >= 0 && cpu1 >= 0 && tickets > 0) {
      out.put("appCpuMsPerTicket", (double) (cpu1 - cpu0) / tickets);
    }
    long db1 = RssSampler.serverCpuMs(arg("pg-pid", ""));
    if (db0 >= 0 && db1 >= 0 && tickets > 0) {
      out.put("dbCpuMsPerTicket", (double) (db1 - db0) / tickets);
    }
  }

  record Query(String method, String path, Object body) {}

  // ---- requests ----

  Map<String, Object> randomTicket() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String[] t = TEMPLATES[r.nextInt(TEMPLATES.length)];
    return ticket(t, WORDS[r.nextInt(WORDS.length)] + " " + r.nextInt(100000));
  }

  static Map<String, Object> ticket(String[] template, String suffix) {
    Map<String, Object> requester = new LinkedHashMap<>();
    int n = ThreadLocalRandom.current().nextInt(5000);
    requester.put("name", "Requester " + n);
    requester.put("email", "requester" + n + "@example.com");
    requester.put("department", "Finance");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", template[0] + " (" + suffix + ")");
    body.put(
        "description",
        "It happened at 09:12 after the update. Steps: open OA, click Reports. Error: E-500.");
    body.put("category", template[1]);
    body.put("subcategory", template[2]);
    body.put("urgency", template[3]);
    body.put("impact", template[4]);
    body.put("requester", requester);
    return body;
  }

  Reply createTicket(String user, Map<String, Object> body) throws Exception {
    HttpResponse<String> resp =
        http.send(
            ticketRequest(user, body, UUID.randomUUID().toString()),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(resp.statusCode(), resp.body());
  }

  HttpRequest ticketRequest(String user, Map<String, Object> body, String idempotencyKey)
      throws IOException {
    return request(user, "POST", "/api/tickets", body)
        .header("Idempotency-Key", idempotencyKey)
        .build();
  }

  HttpRequest.Builder request(String user, String method, String path, Object body)
      throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (user != null) {
      String pw = arg("password", user);
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8)));
    }
    if (body == null) {
      return b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return b.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
  }

  Reply send(String user, String method, String path, Object body) throws Exception {
    HttpResponse<String> resp =
        http.send(request(user, method, path, body).build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(resp.statusCode(), resp.body());
  }

  Reply sendPortal(String token, String path, Object body) throws Exception {
    HttpRequest req = request(null, "POST", path, body).header("X-Access-Token", token).build();
    HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
    return new Reply(resp.statusCode(), resp.body());
  }

  record Reply(int status, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  interface Work {
    void run() throws Exception;
  }

  static void runClients(int clients, Work work) throws Exception {
    ExecutorService ex = Executors.newFixedThreadPool(clients);
    List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      fs.add(
          ex.submit(
              () -> {
                work.run();
                return null;
              }));
    }
    for (var f : fs) {
      f.get();
    }
    ex.shutdown();
  }

  // ---- figures ----

  /** Collects latencies (ns) of successful requests and counts failures. */
  static final class Recorder {
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failed = new AtomicInteger();

    void record(boolean ok, long nanos) {
      if (ok) {
        latencies.add(nanos);
      } else {
        failed.incrementAndGet();
      }
    }

    int ok() {
      return latencies.size();
    }

    ObjectNode summary(double seconds) {
      long[] l = latencies.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(l);
      ObjectNode out = JSON.createObjectNode();
      out.put("ok", l.length);
      out.put("failed", failed.get());
      out.put("elapsedSeconds", seconds);
      out.put("perSecond", l.length / seconds);
      out.put("p50Ms", pct(l, 0.50));
      out.put("p95Ms", pct(l, 0.95));
      out.put("p99Ms", pct(l, 0.99));
      out.put("maxMs", l.length == 0 ? 0 : l[l.length - 1] / 1e6);
      return out;
    }

    static double pct(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
  }

  /** Samples the resident set of a process from /proc while a phase runs. */
  static final class RssSampler {
    private final Thread thread;
    private final AtomicLong maxKb = new AtomicLong();
    private volatile boolean running = true;

    private RssSampler(String pid) {
      thread =
          new Thread(
              () -> {
                while (running && !pid.isEmpty()) {
                  maxKb.accumulateAndGet(rssKb(pid), Math::max);
                  try {
                    Thread.sleep(200);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
    }

    static RssSampler start(String pid) {
      return new RssSampler(pid);
    }

    static long rssKb(String pid) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (IOException | NumberFormatException e) {
        return 0;
      }
      return 0;
    }

    /** User plus system CPU time of a process so far, in ms; -1 when unknown. */
    static long cpuMs(String pid) {
      if (pid.isEmpty()) {
        return -1;
      }
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields 14 and 15 of stat (utime, stime), in clock ticks of 10 ms
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }

    /**
     * CPU time of a PostgreSQL server so far, in ms: the postmaster and its children (the
     * connections' backends, which the application's pool keeps open, and the background
     * workers); -1 when unknown.
     */
    static long serverCpuMs(String postmaster) {
      if (postmaster.isEmpty()) {
        return -1;
      }
      long sum = cpuMs(postmaster);
      try (var procs = Files.list(Path.of("/proc"))) {
        for (Path p : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
          try {
            String stat = Files.readString(p.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            if (f[1].equals(postmaster)) {
              sum += Math.max(0, cpuMs(p.getFileName().toString()));
            }
          } catch (IOException | RuntimeException gone) {
            // ended while listed
          }
        }
      } catch (IOException e) {
        return -1;
      }
      return sum;
    }

    void stopInto(ObjectNode out) throws InterruptedException {
      running = false;
      thread.join();
      if (maxKb.get() > 0) {
        out.put("rssMaxMiB", maxKb.get() / 1024.0);
      }
    }
  }
}
