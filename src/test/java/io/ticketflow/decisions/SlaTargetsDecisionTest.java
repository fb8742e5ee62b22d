package io.ticketflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.ProcessModel.Decisions;
import io.ticketflow.process.ProcessModel.Vars;
import java.time.Duration;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The SLA table: P1 always urgent, otherwise the domain brief's targets per urgency. */
class SlaTargetsDecisionTest {

  private static final String ALWAYS = "24x7";
  private static final String BUSINESS_HOURS = "business-hours";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.parse(Decisions.SLA_TARGETS);
  }

  private static DmnDecisionResult decide(String priority, String urgency) {
    return DecisionTables.evaluate(
        decision,
        Variables.createVariables()
            .putValue(Vars.PRIORITY, priority)
            .putValue(Vars.URGENCY, urgency));
  }

  private static void assertTargets(
      DmnDecisionResult result,
      String firstResponse,
      String resolution,
      String update,
      String calendar) {
    assertThat(result).hasSize(1);
    DmnDecisionResultEntries targets = result.getSingleResult();
    assertThat(targets.getEntryMap())
        .containsOnlyKeys(
            Vars.FIRST_RESPONSE_TARGET,
            Vars.RESOLUTION_TARGET,
            Vars.UPDATE_TARGET,
            Vars.CALENDAR,
            Vars.WORKAROUND_MEETS_RESOLUTION_TARGET);
    assertThat(targets.<String>getEntry(Vars.FIRST_RESPONSE_TARGET)).isEqualTo(firstResponse);
    assertThat(targets.<String>getEntry(Vars.RESOLUTION_TARGET)).isEqualTo(resolution);
    assertThat(targets.<String>getEntry(Vars.UPDATE_TARGET)).isEqualTo(update);
    assertThat(targets.<String>getEntry(Vars.CALENDAR)).isEqualTo(calendar);
    // "resolved, or a workaround given": shipped so on every rule
    assertThat(targets.<Boolean>getEntry(Vars.WORKAROUND_MEETS_RESOLUTION_TARGET)).isTrue();
  }

  @Test
  void tableIsReadyForTheModeler() {
    DecisionTables.assertModelerReady(Decisions.SLA_TARGETS);
  }

  @ParameterizedTest(name = "P1 with urgency {0}")
  @CsvSource({"URGENT", "IMPORTANT", "NORMAL"})
  void p1TicketGetsUrgentTargetsAroundTheClockWhateverTheUrgency(String urgency) {
    assertTargets(decide("P1", urgency), "PT30M", "PT2H", "PT1H", ALWAYS);
  }

  @Test
  void p1TicketWithoutUrgencyStillGetsUrgentTargets() {
    assertTargets(decide("P1", null), "PT30M", "PT2H", "PT1H", ALWAYS);
  }

  @Test
  void urgentTicketIsAnsweredIn30MinutesUpdatedHourlyAndResolvedIn2HoursAroundTheClock() {
    assertTargets(decide("P2", "URGENT"), "PT30M", "PT2H", "PT1H", ALWAYS);
  }

  @Test
  void urgentRequirementRequestAtP3StillGetsUrgentTargets() {
    assertTargets(decide("P3", "URGENT"), "PT30M", "PT2H", "PT1H", ALWAYS);
  }

  @Test
  void importantTicketIsAnsweredIn2HoursUpdatedEvery4HoursAndResolvedIn8BusinessHours() {
    assertTargets(decide("P2", "IMPORTANT"), "PT2H", "PT8H", "PT4H", BUSINESS_HOURS);
  }

  @Test
  void normalTicketIsAnsweredIn4HoursUpdatedEvery8HoursAndResolvedIn24BusinessHours() {
    assertTargets(decide("P4", "NORMAL"), "PT4H", "PT24H", "PT8H", BUSINESS_HOURS);
  }

  @Test
  void ticketWithoutUrgencyBelowP1GetsNoTargets() {
    // urgency is required on every ticket; the caller must not evaluate without it
    assertThat(decide("P3", null)).isEmpty();
  }

  static Stream<Arguments> everyPriorityAndUrgency() {
    return Stream.of("P1", "P2", "P3", "P4")
        .flatMap(
            priority ->
                Stream.of("URGENT", "IMPORTANT", "NORMAL")
                    .map(urgency -> Arguments.of(priority, urgency)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyPriorityAndUrgency")
  void everyPriorityAndUrgencyGetsIso8601TargetsWithResponseBeforeResolution(
      String priority, String urgency) {
    DmnDecisionResult result = decide(priority, urgency);

    assertThat(result).hasSize(1);
    DmnDecisionResultEntries targets = result.getSingleResult();
    Duration firstResponse = Duration.parse(targets.getEntry(Vars.FIRST_RESPONSE_TARGET));
    Duration resolution = Duration.parse(targets.getEntry(Vars.RESOLUTION_TARGET));
    Duration update = Duration.parse(targets.getEntry(Vars.UPDATE_TARGET));
    assertThat(firstResponse).isPositive().isLessThan(resolution);
    // an update is due at least once before the resolution target passes
    assertThat(update).isPositive().isLessThan(resolution);
    assertThat(targets.<String>getEntry(Vars.CALENDAR)).isIn(List.of(ALWAYS, BUSINESS_HOURS));
    assertThat(targets.<Object>getEntry(Vars.WORKAROUND_MEETS_RESOLUTION_TARGET))
        .as("a boolean, as the triage step reads it")
        .isInstanceOf(Boolean.class);
  }
}
