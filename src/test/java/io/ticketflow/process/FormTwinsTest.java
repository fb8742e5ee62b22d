package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Camunda Form in {@code forms/} has a Chinese twin ({@code <id>-zh.form}) that differs only
 * in its texts: the same components, ids, keys, conditions, validation and values, every label and
 * text in Chinese (config/FormLanguageFilter shows it to Chinese agents).
 */
class FormTwinsTest {

  private static final List<String> TEXTS = List.of("label", "text", "description");
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyFormHasAChineseTwinWithTheSameFields() throws IOException {
    List<Path> forms;
    try (Stream<Path> all = Files.list(Path.of("forms"))) {
      forms =
          all.filter(p -> p.toString().endsWith(".form") && !p.toString().endsWith("-zh.form"))
              .sorted()
              .toList();
    }
    assertThat(forms).hasSizeGreaterThanOrEqualTo(10);
    for (Path form : forms) {
      Path twin = Path.of(form.toString().replace(".form", "-zh.form"));
      assertThat(twin).as("Chinese twin of " + form).exists();
      JsonNode english = json.readTree(form.toFile());
      JsonNode chinese = json.readTree(twin.toFile());
      assertThat(chinese.get("id").asText()).isEqualTo(english.get("id").asText() + "-zh");
      assertThat(withoutTexts(chinese.get("components")))
          .as(twin + " has the fields of " + form)
          .isEqualTo(withoutTexts(english.get("components")));
      chinese.findParents("label").forEach(node -> assertChinese(twin, node.get("label")));
      chinese.findValues("text").forEach(text -> assertChinese(twin, text));
    }
  }

  private static void assertChinese(Path twin, JsonNode text) {
    if (text.isTextual() && !text.asText().isBlank()) {
      assertThat(text.asText()).as(twin + ": " + text.asText()).containsPattern("\\p{IsHan}");
    }
  }

  /** The components with every text and option label taken out. */
  private static JsonNode withoutTexts(JsonNode components) {
    JsonNode copy = components.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      TEXTS.forEach(object::remove);
    }
    node.forEach(FormTwinsTest::strip);
  }
}
