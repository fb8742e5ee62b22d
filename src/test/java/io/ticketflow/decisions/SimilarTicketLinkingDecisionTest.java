package io.ticketflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.ProcessModel.Decisions;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a new ticket is linked to a similar open one: 60 % of its terms shared in the same category,
 * or 85 % in any; nothing else. Checked on both sides of each threshold.
 */
class SimilarTicketLinkingDecisionTest {

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.parse(Decisions.SIMILAR_TICKET_LINKING);
  }

  private static boolean link(double overlap, boolean sameCategory) {
    DmnDecisionResult result =
        DecisionTables.evaluate(
            decision,
            Variables.createVariables()
                .putValue(Vars.TERM_OVERLAP, overlap)
                .putValue(Vars.SAME_CATEGORY, sameCategory));
    assertThat(result).hasSize(1);
    return result.getSingleResult().<Boolean>getEntry(Vars.LINK_SIMILAR);
  }

  @Test
  void tableIsReadyForTheModeler() {
    DecisionTables.assertModelerReady(Decisions.SIMILAR_TICKET_LINKING);
  }

  @ParameterizedTest(name = "overlap {0}, same category {1} → link {2}")
  @CsvSource({
    "0.0, true, false",
    "0.59, true, false",
    "0.6, true, true",
    "0.84, true, true",
    "1.0, true, true",
    "0.6, false, false",
    "0.84, false, false",
    "0.85, false, true",
    "1.0, false, true"
  })
  void mostTermsInTheSameCategoryOrNearlyAllInAnyAreLinked(
      double overlap, boolean sameCategory, boolean linked) {
    assertThat(link(overlap, sameCategory)).isEqualTo(linked);
  }
}
