package io.ticketflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Rating;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.TicketStatus;
import io.ticketflow.ticket.Urgency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's static files keep to what its content security policy and XSS rules need: no inline
 * script or style, no markup built from strings, and a text for every value in both languages.
 */
class PortalFilesTest {

  private static final Path PORTAL = Path.of("src/main/resources/static/portal");
  private static final Pattern SCRIPT_TAG =
      Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern EVENT_ATTRIBUTE =
      Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern I18N_KEY = Pattern.compile("data-i18n=\"([^\"]+)\"");

  @Test
  void noPageUsesInlineScriptOrStyle() throws IOException {
    List<Path> pages = files(".html");
    assertThat(pages).isNotEmpty();
    for (Path page : pages) {
      String html = read(page);
      Matcher scripts = SCRIPT_TAG.matcher(html);
      while (scripts.find()) {
        assertThat(scripts.group()).as("%s: scripts come from files", page).contains(" src=");
        String rest = html.substring(scripts.end());
        assertThat(rest).as("%s: a script element holds no code", page).startsWith("</script>");
      }
      assertThat(EVENT_ATTRIBUTE.matcher(html).find()).as("%s: no on…= handlers", page).isFalse();
      assertThat(html.toLowerCase())
          .as(page.toString())
          .doesNotContain("javascript:")
          .doesNotContain("<style")
          .doesNotContain(" style=");
    }
  }

  @Test
  void scriptsNeverTurnTextIntoMarkup() throws IOException {
    List<Path> scripts = files(".js");
    assertThat(scripts).isNotEmpty();
    for (Path script : scripts) {
      assertThat(read(script))
          .as(script.toString())
          .doesNotContain("innerHTML")
          .doesNotContain("outerHTML")
          .doesNotContain("insertAdjacentHTML")
          .doesNotContain("document.write")
          .doesNotContain("eval(")
          .doesNotContain("new Function")
          .doesNotContain("setTimeout('")
          .doesNotContain("setTimeout(\"");
    }
  }

  @Test
  void bothLanguagesHaveEveryTextAndEveryValueOfTheContract() throws IOException {
    Map<String, String> english = texts("en");
    Map<String, String> chinese = texts("zh-CN");
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    assertThat(chinese.values()).noneMatch(String::isBlank);

    Stream.of(
            labels("category.", Category.values()),
            labels("subcategory.", Subcategory.values()),
            labels("urgency.", Urgency.values()),
            labels("impact.", Impact.values()),
            labels("status.", TicketStatus.values()),
            labels("rating.", Rating.values()))
        .flatMap(List::stream)
        .forEach(key -> assertThat(english).as("text for %s", key).containsKey(key));

    Matcher used = I18N_KEY.matcher(read(PORTAL.resolve("index.html")));
    while (used.find()) {
      assertThat(english).as("text for %s", used.group(1)).containsKey(used.group(1));
    }
  }

  @Test
  void thePagesSubcategoriesAreTheContracts() throws IOException {
    String script = read(PORTAL.resolve("portal.js"));
    for (Category category : Category.values()) {
      Matcher list =
          Pattern.compile(category.name() + ":\\s*\\[([^\\]]*)\\]", Pattern.DOTALL).matcher(script);
      assertThat(list.find()).as("subcategories of %s", category).isTrue();
      List<String> listed =
          Stream.of(list.group(1).split(","))
              .map(s -> s.replaceAll("[\\s']", ""))
              .filter(s -> !s.isEmpty())
              .toList();
      List<String> expected =
          Stream.of(Subcategory.values())
              .filter(s -> s.belongsTo(category))
              .map(Enum::name)
              .toList();
      assertThat(listed).as("subcategories of %s", category).isEqualTo(expected);
    }
  }

  private static List<String> labels(String prefix, Enum<?>[] values) {
    return Stream.of(values).map(v -> prefix + v.name()).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> texts(String language) throws IOException {
    return new TreeMap<>(
        new ObjectMapper()
            .readValue(PORTAL.resolve("i18n/" + language + ".json").toFile(), Map.class));
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> all = Files.walk(PORTAL)) {
      return all.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
