package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkFormAidsTest {

  @Test
  void theAgentsTextGoesBetweenTheTemplatesTextAndItsSignature() {
    String draft = "Hello Zhang San,\n\nwe believe it is solved.\n\nBest regards,\nAmy";

    assertThat(WorkFormAids.compose(draft, "Restarted the service."))
        .isEqualTo(
            "Hello Zhang San,\n\nwe believe it is solved.\n\nRestarted the service.\n\n"
                + "Best regards,\nAmy");
  }

  @Test
  void aDraftOfOneParagraphComesFirstAndAnEmptyTextLeavesTheDraft() {
    assertThat(WorkFormAids.compose("Hello,", "Done.")).isEqualTo("Hello,\n\nDone.");
    assertThat(WorkFormAids.compose("Hi\n\nBye", "")).isEqualTo("Hi\n\nBye");
    assertThat(WorkFormAids.compose("Hi\n  \nBye", "Done.")).isEqualTo("Hi\n\nDone.\n\nBye");
  }

  @Test
  void titlesInLinksStayText() {
    assertThat(WorkFormAids.escaped("<img src=x onerror=alert(1)> *bold* [x](y) & \"q\""))
        .doesNotContain("<", ">", "*", "[", "]", "\"")
        .contains("&lt;img", "&amp;", "&quot;q&quot;");
  }
}
