import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Baseline: the bare Camunda engine of the application's own libraries, on the same PostgreSQL
 * server (a database of its own), starting a minimal start → user task process with five variables
 * from several threads. History level full as in the application, no job executor.
 *
 * <pre>
 * java -cp 'target/bench/lib/*' bench/src/BareEngine.java JDBC_URL USER PASSWORD THREADS SECONDS OUT
 * </pre>
 */
public class BareEngine {

  public static void main(String[] args) throws Exception {
    String jdbcUrl = args[0];
    int threads = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setJdbcUrl(jdbcUrl);
    cfg.setJdbcUsername(args[1]);
    cfg.setJdbcPassword(args[2]);
    cfg.setJdbcDriver("org.postgresql.Driver");
    cfg.setJdbcMaxActiveConnections(Math.max(10, threads + 2));
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    cfg.setJobExecutorActivate(false);
    cfg.setMetricsEnabled(true);
    ProcessEngine engine = cfg.buildProcessEngine();

    BpmnModelInstance model =
        Bpmn.createExecutableProcess("bare")
            .camundaHistoryTimeToLive(180)
            .startEvent()
            .userTask("work")
            .name("Work ticket")
            .camundaCandidateGroups("tier1")
            .endEvent()
            .done();
    engine.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", model).deploy();

    // warm-up, then the measured run
    run(engine, threads, Math.max(2, seconds / 5));
    long[] counted = run(engine, threads, seconds);
    double perSecond = counted[0] / (counted[1] / 1e9);
    String json =
        String.format(
            java.util.Locale.ROOT,
            "{\"instances\": %d, \"elapsedSeconds\": %.3f, \"perSecond\": %.1f, \"threads\": %d}",
            counted[0],
            counted[1] / 1e9,
            perSecond,
            threads);
    System.out.println(json);
    Files.writeString(Path.of(args[5]), json);
    engine.close();
  }

  static long[] run(ProcessEngine engine, int threads, int seconds) throws Exception {
    AtomicInteger count = new AtomicInteger();
    ExecutorService ex = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      fs.add(
          ex.submit(
              () -> {
                while (System.nanoTime() < end) {
                  int n = count.incrementAndGet();
                  engine
                      .getRuntimeService()
                      .startProcessInstanceByKey(
                          "bare",
                          "T" + n,
                          Map.of(
                              "title", "How do I export the monthly report " + n,
                              "category", "OPERATION_GUIDANCE",
                              "subcategory", "HOW_TO",
                              "urgency", "NORMAL",
                              "requesterEmail", "requester" + n + "@example.com"));
                }
                return null;
              }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    long elapsed = System.nanoTime() - t0;
    ex.shutdown();
    return new long[] {count.get(), elapsed};
  }
}
