package io.ticketflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.ProcessModel.Decisions;
import io.ticketflow.process.ProcessModel.Vars;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The follow-up rule for satisfaction ratings: an unsatisfied requester or a score of 2 or less
 * gets a follow-up from the managers; every other answer gets none. Checked over every rating and
 * every score, including none.
 */
class FeedbackFollowUpDecisionTest {

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.parse(Decisions.FEEDBACK_FOLLOW_UP);
  }

  private static DmnDecisionResultEntries decide(String rating, Integer score) {
    DmnDecisionResult result =
        DecisionTables.evaluate(
            decision,
            Variables.createVariables().putValue(Vars.RATING, rating).putValue(Vars.SCORE, score));
    assertThat(result).hasSize(1);
    return result.getSingleResult();
  }

  static Stream<Arguments> everyAnswer() {
    List<Arguments> answers = new ArrayList<>();
    for (String rating : List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED")) {
      for (Integer score : new Integer[] {null, 1, 2, 3, 4, 5}) {
        boolean followUp = rating.equals("UNSATISFIED") || (score != null && score <= 2);
        answers.add(Arguments.of(rating, score, followUp));
      }
    }
    return answers.stream();
  }

  @Test
  void tableIsReadyForTheModeler() {
    DecisionTables.assertModelerReady(Decisions.FEEDBACK_FOLLOW_UP);
  }

  @ParameterizedTest(name = "{0} score {1} → follow-up {2}")
  @MethodSource("everyAnswer")
  void unsatisfiedOrLowScoreIsFollowedUpByTheManagers(
      String rating, Integer score, boolean followUp) {
    DmnDecisionResultEntries decided = decide(rating, score);

    assertThat(decided.<Boolean>getEntry(Vars.FOLLOW_UP)).isEqualTo(followUp);
    if (followUp) {
      assertThat(decided.<String>getEntry(Vars.FOLLOW_UP_GROUP)).isEqualTo("managers");
      assertThat(decided.<String>getEntry(Vars.FOLLOW_UP_REASON)).isNotBlank();
    } else {
      assertThat(decided.<String>getEntry(Vars.FOLLOW_UP_GROUP)).isNull();
    }
  }

  @Test
  void unsatisfiedWinsOverAGoodScoreAndSaysWhy() {
    assertThat(decide("UNSATISFIED", 5).<String>getEntry(Vars.FOLLOW_UP_REASON))
        .isEqualTo("The requester is unsatisfied");
    assertThat(decide("SATISFIED", 1).<String>getEntry(Vars.FOLLOW_UP_REASON))
        .isEqualTo("Low satisfaction score");
  }
}
