import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;

/**
 * Evaluations per second of each DMN table in {@code dmn/}, in-process, on one thread, with the DMN
 * engine of the application's libraries in its default configuration, as the process engine
 * evaluates them. The tables name their expression language themselves (JUEL on every input
 * expression, input entry and output entry), so the configuration's FEEL defaults do not apply.
 * Inputs are drawn at random from each input's allowed values in the table itself; inputs without a
 * list (a score, a tier, a flag, a text) get realistic values. An input's variable is its input
 * variable name (camunda:inputVariable), or else its input expression.
 *
 * <pre>
 * java -cp 'target/bench/lib/*' bench/src/Decisions.java DMN_DIR SECONDS OUT
 * </pre>
 */
public class Decisions {

  static final String[] TITLES = {
    "how do i export the monthly report",
    "cannot log in after password change",
    "vpn drops every few minutes",
    "密码过期无法登录",
    "printer driver missing",
    ""
  };

  public static void main(String[] args) throws Exception {
    File dir = new File(args[0]);
    int seconds = Integer.parseInt(args[1]);
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    Map<String, Object> results = new TreeMap<>();
    File[] files = dir.listFiles((d, n) -> n.endsWith(".dmn"));
    Arrays.sort(files);
    for (File file : files) {
      DmnModelInstance model = Dmn.readModelFromFile(file);
      for (DmnDecision decision : engine.parseDecisions(model)) {
        if (!decision.isDecisionTable()) {
          continue;
        }
        Decision element = model.getModelElementById(decision.getKey());
        List<Map<String, Object>> inputs = inputs(element, 1000, new Random(42));
        evaluate(engine, decision, inputs, Math.max(1, seconds / 3)); // warm-up
        double perSecond = evaluate(engine, decision, inputs, seconds);
        results.put(decision.getKey(), perSecond);
        System.out.printf(
            Locale.ROOT, "%-22s %,12.0f evaluations/s%n", decision.getKey(), perSecond);
      }
    }
    StringBuilder json = new StringBuilder("{");
    results.forEach(
        (k, v) -> {
          if (json.length() > 1) {
            json.append(", ");
          }
          json.append(String.format(Locale.ROOT, "\"%s\": %.0f", k, (Double) v));
        });
    Files.writeString(Path.of(args[2]), json.append('}').toString());
  }

  static double evaluate(
      DmnEngine engine, DmnDecision decision, List<Map<String, Object>> inputs, int seconds) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long t0 = System.nanoTime();
    long n = 0;
    long matched = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 100; i++) {
        matched +=
            engine.evaluateDecisionTable(decision, inputs.get((int) (n++ % inputs.size()))).size();
      }
    }
    if (matched == 0) {
      throw new IllegalStateException(decision.getKey() + ": no input matched any rule");
    }
    return n / ((System.nanoTime() - t0) / 1e9);
  }

  static List<Map<String, Object>> inputs(Decision decision, int count, Random random) {
    DecisionTable table = (DecisionTable) decision.getExpression();
    Map<String, List<Object>> values = new LinkedHashMap<>();
    for (Input input : table.getInputs()) {
      String name =
          input.getCamundaInputVariable() != null
              ? input.getCamundaInputVariable()
              : input.getInputExpression().getText().getTextContent().trim();
      String type = input.getInputExpression().getTypeRef();
      List<Object> allowed = new ArrayList<>();
      if (input.getInputValues() != null) {
        for (String v : input.getInputValues().getText().getTextContent().split(",")) {
          allowed.add(v.trim().replace("\"", ""));
        }
      } else if ("integer".equals(type) && name.equals("score")) {
        allowed.addAll(List.of(1, 2, 3, 4, 5));
        allowed.add(null);
      } else if ("integer".equals(type)) {
        allowed.addAll(List.of(1, 2, 3));
      } else if ("double".equals(type)) {
        allowed.addAll(List.of(0.0, 0.3, 0.6, 0.85, 1.0));
      } else if ("boolean".equals(type)) {
        allowed.addAll(Arrays.asList(true, false, null));
      } else {
        allowed.addAll(Arrays.asList(TITLES));
      }
      values.put(name, allowed);
    }
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> vars = new HashMap<>();
      values.forEach((k, v) -> vars.put(k, v.get(random.nextInt(v.size()))));
      inputs.add(vars);
    }
    return inputs;
  }
}
