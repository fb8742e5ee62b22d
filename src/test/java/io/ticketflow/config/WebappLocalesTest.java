package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese locale files of the Camunda webapps translate every label of Camunda's English ones:
 * the same keys (a Camunda update that adds labels fails here until they are translated), the same
 * placeholders and markup in each label, no label left empty, and a Chinese calendar for the dates.
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern TAG = Pattern.compile("</?(a|br|strong|em|b|i|code|span)\\b");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseLocaleHasEveryKeyOfCamundasEnglishOne(String app) throws IOException {
    Map<String, String> english = flat(read(app, "en"));
    Map<String, String> chinese = flat(read(app, "zh"));

    assertThat(english).as("Camunda's English labels of %s", app).hasSizeGreaterThan(100);
    assertThat(new TreeSet<>(chinese.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelKeepsItsPlaceholdersAndMarkup(String app) throws IOException {
    Map<String, String> english = flat(read(app, "en"));
    Map<String, String> chinese = flat(read(app, "zh"));
    List<String> broken = new ArrayList<>();
    english.forEach(
        (key, en) -> {
          String zh = chinese.getOrDefault(key, "");
          if (!all(PLACEHOLDER, en).equals(all(PLACEHOLDER, zh))
              || !all(TAG, en).equals(all(TAG, zh))
              || (!en.isBlank() && zh.isBlank())) {
            broken.add(key + ": " + en + " -> " + zh);
          }
        });
    assertThat(broken).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void labelsWithWordsAreInChinese(String app) throws IOException {
    Map<String, String> labels = flat(read(app, "zh").get("labels"));
    long inChinese = labels.values().stream().filter(v -> HAN.matcher(v).find()).count();
    // product names, symbols and abbreviations (Camunda, ID, CSV, JSON, <, >=) stay as they are
    assertThat(inChinese).isGreaterThan(labels.size() * 95L / 100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesReadInChinese(String app) throws IOException {
    JsonNode dates = read(app, "zh").get("dateLocales");
    assertThat(dates.get("months").get(0).asText()).isEqualTo("一月");
    assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("星期一");
    assertThat(dates.get("relativeTime").get("future").asText()).contains("%s");
  }

  private JsonNode read(String app, String language) throws IOException {
    String path = LOCALES.formatted(app, language);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's files start with a byte-order mark
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  /** Every text leaf of the file by its dotted path; arrays and numbers of the calendar too. */
  private static Map<String, String> flat(JsonNode node) {
    Map<String, String> leaves = new TreeMap<>();
    flatten("", node, leaves);
    return leaves;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(prefix + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(prefix, node.asText());
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(String::compareTo);
    return found;
  }
}
