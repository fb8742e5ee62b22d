package io.ticketflow.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholderTextTest {

  @Test
  void everyKnownPlaceholderIsAcceptedAlsoWithSpacesInside() {
    String body = String.join(" ", Placeholder.tokens()) + " {{ title }}";

    assertThat(PlaceholderText.problems(body)).isEmpty();
  }

  @Test
  void singleBracesAreOrdinaryText() {
    assertThat(PlaceholderText.problems("Send {\"a\": 1} or {title} as it is")).isEmpty();
  }

  @Test
  void unknownPlaceholderIsNamedWithTheAllowedOnes() {
    assertThat(PlaceholderText.problems("Dear {{customerName}},"))
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem)
                    .startsWith("unknown placeholder {{customerName}}")
                    .contains("{{requesterName}}", "{{ticketNumber}}", "{{resolutionDue}}"));
  }

  @Test
  void placeholderNamesAreCaseSensitive() {
    assertThat(PlaceholderText.problems("{{TicketNumber}}"))
        .singleElement()
        .asString()
        .startsWith("unknown placeholder {{TicketNumber}}");
  }

  @Test
  void unclosedPlaceholderIsMalformed() {
    assertThat(PlaceholderText.problems("Ticket {{ticketNumber} is open"))
        .singleElement()
        .asString()
        .startsWith("'{{' at character 8 is never closed: {{ticketNumber} is open")
        .contains("allowed: {{requesterName}}");
  }

  @Test
  void closingBracesWithoutOpeningOnesAreMalformed() {
    assertThat(PlaceholderText.problems("Ticket ticketNumber}} is open"))
        .singleElement()
        .asString()
        .startsWith("'}}' at character 20 closes no placeholder");
  }

  @Test
  void emptyNestedOrSpacedNamesAreMalformed() {
    assertThat(PlaceholderText.problems("{{}} {{{title}}} {{ticket number}}"))
        .hasSize(3)
        .allSatisfy(p -> assertThat(p).contains("allowed:"))
        .anySatisfy(p -> assertThat(p).startsWith("malformed placeholder {{}}"))
        .anySatisfy(p -> assertThat(p).startsWith("malformed placeholder {{{title}}"))
        .anySatisfy(p -> assertThat(p).startsWith("malformed placeholder {{ticket number}}"));
  }

  @Test
  void longBrokenTextIsQuotedShortly() {
    String problem = PlaceholderText.problems("{{" + "x".repeat(200)).get(0);

    assertThat(problem).contains("{{" + "x".repeat(38) + "…").doesNotContain("x".repeat(39));
  }

  @Test
  void valuesAreFilledInOnePassAndAbsentOnesAreEmpty() {
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    values.put(Placeholder.TITLE, "Printer {{agentName}} jam");
    values.put(Placeholder.AGENT_NAME, "Mary Li");

    String filled =
        PlaceholderText.fill("{{title}} / {{ agentName }} / [{{priority}}] / {x}", values);

    assertThat(filled).isEqualTo("Printer {{agentName}} jam / Mary Li / [] / {x}");
  }

  @Test
  void brokenPlaceholdersAreKeptAsWritten() {
    String body = "a}} {{nope}} {{title";

    assertThat(PlaceholderText.fill(body, Map.of(Placeholder.TITLE, "T"))).isEqualTo(body);
  }
}
