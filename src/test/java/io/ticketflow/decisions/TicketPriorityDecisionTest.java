package io.ticketflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.ProcessModel.Decisions;
import io.ticketflow.process.ProcessModel.Vars;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The priority table: requirement requests first, then the ITIL urgency × impact matrix. */
class TicketPriorityDecisionTest {

  private static final List<String> URGENCIES = List.of("URGENT", "IMPORTANT", "NORMAL");
  private static final List<String> IMPACTS = List.of("ENTERPRISE", "DEPARTMENT", "INDIVIDUAL");
  private static final List<String> CATEGORIES =
      List.of(
          "SYSTEM_FAULT", "OPERATION_GUIDANCE", "ENVIRONMENT_CONFIGURATION", "REQUIREMENT_REQUEST");
  private static final String REQUIREMENT_REQUEST = "REQUIREMENT_REQUEST";

  /**
   * The expected matrix for incidents, written out independently of the table: urgency → impact →
   * priority.
   */
  private static final Map<String, Map<String, String>> INCIDENT_MATRIX =
      Map.of(
          "URGENT", Map.of("ENTERPRISE", "P1", "DEPARTMENT", "P1", "INDIVIDUAL", "P2"),
          "IMPORTANT", Map.of("ENTERPRISE", "P2", "DEPARTMENT", "P2", "INDIVIDUAL", "P3"),
          "NORMAL", Map.of("ENTERPRISE", "P3", "DEPARTMENT", "P3", "INDIVIDUAL", "P4"));

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.parse(Decisions.TICKET_PRIORITY);
  }

  private static DmnDecisionResult decide(String urgency, String impact, String category) {
    return DecisionTables.evaluate(
        decision,
        Variables.createVariables()
            .putValue(Vars.URGENCY, urgency)
            .putValue(Vars.IMPACT, impact)
            .putValue(Vars.CATEGORY, category));
  }

  private static String priority(String urgency, String impact, String category) {
    return decide(urgency, impact, category).getSingleEntry();
  }

  @Test
  void tableIsReadyForTheModeler() {
    DecisionTables.assertModelerReady(Decisions.TICKET_PRIORITY);
  }

  @Test
  void urgentEnterpriseOutageIsP1() {
    assertThat(priority("URGENT", "ENTERPRISE", "SYSTEM_FAULT")).isEqualTo("P1");
  }

  @Test
  void urgentDepartmentOutageIsP1() {
    assertThat(priority("URGENT", "DEPARTMENT", "SYSTEM_FAULT")).isEqualTo("P1");
  }

  @Test
  void urgentProblemOfOnePersonIsP2() {
    assertThat(priority("URGENT", "INDIVIDUAL", "ENVIRONMENT_CONFIGURATION")).isEqualTo("P2");
  }

  @Test
  void importantProblemAcrossTheCompanyIsP2() {
    assertThat(priority("IMPORTANT", "ENTERPRISE", "SYSTEM_FAULT")).isEqualTo("P2");
  }

  @Test
  void importantProblemOfADepartmentIsP2() {
    assertThat(priority("IMPORTANT", "DEPARTMENT", "OPERATION_GUIDANCE")).isEqualTo("P2");
  }

  @Test
  void importantProblemOfOnePersonIsP3() {
    assertThat(priority("IMPORTANT", "INDIVIDUAL", "SYSTEM_FAULT")).isEqualTo("P3");
  }

  @Test
  void normalQuestionAcrossTheCompanyIsP3() {
    assertThat(priority("NORMAL", "ENTERPRISE", "OPERATION_GUIDANCE")).isEqualTo("P3");
  }

  @Test
  void normalQuestionOfADepartmentIsP3() {
    assertThat(priority("NORMAL", "DEPARTMENT", "ENVIRONMENT_CONFIGURATION")).isEqualTo("P3");
  }

  @Test
  void normalQuestionOfOnePersonIsP4() {
    assertThat(priority("NORMAL", "INDIVIDUAL", "OPERATION_GUIDANCE")).isEqualTo("P4");
  }

  @ParameterizedTest(name = "{0} {1} requirement request is {2}")
  @CsvSource({
    // the matrix would give P1, P1, P2, P2, P2, P3: the requirement rows must win over it
    "URGENT,    ENTERPRISE, P3",
    "URGENT,    DEPARTMENT, P3",
    "URGENT,    INDIVIDUAL, P3",
    "IMPORTANT, ENTERPRISE, P3",
    "IMPORTANT, DEPARTMENT, P3",
    "IMPORTANT, INDIVIDUAL, P3",
  })
  void pressingRequirementRequestIsNeverAnIncidentSoP3(
      String urgency, String impact, String expected) {
    assertThat(priority(urgency, impact, REQUIREMENT_REQUEST)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "NORMAL {0} requirement request is P4")
  @CsvSource({"ENTERPRISE", "DEPARTMENT", "INDIVIDUAL"})
  void routineRequirementRequestIsP4(String impact) {
    // for ENTERPRISE and DEPARTMENT the matrix would give P3: the requirement row must come first
    assertThat(priority("NORMAL", impact, REQUIREMENT_REQUEST)).isEqualTo("P4");
  }

  @Test
  void requirementRequestWithoutUrgencyIsStillP4() {
    assertThat(priority(null, null, REQUIREMENT_REQUEST)).isEqualTo("P4");
  }

  static Stream<Arguments> everyUrgencyImpactAndCategory() {
    return URGENCIES.stream()
        .flatMap(
            urgency ->
                IMPACTS.stream()
                    .flatMap(
                        impact ->
                            CATEGORIES.stream()
                                .map(
                                    category ->
                                        Arguments.of(
                                            urgency,
                                            impact,
                                            category,
                                            expectedPriority(urgency, impact, category)))));
  }

  private static String expectedPriority(String urgency, String impact, String category) {
    if (REQUIREMENT_REQUEST.equals(category)) {
      return "NORMAL".equals(urgency) ? "P4" : "P3";
    }
    return INCIDENT_MATRIX.get(urgency).get(impact);
  }

  @Test
  void crossProductCoversAllThirtySixCombinations() {
    assertThat(everyUrgencyImpactAndCategory()).hasSize(36);
  }

  @ParameterizedTest(name = "{0} × {1} × {2} → {3}")
  @MethodSource("everyUrgencyImpactAndCategory")
  void everyCombinationGetsExactlyOnePriority(
      String urgency, String impact, String category, String expected) {
    DmnDecisionResult result = decide(urgency, impact, category);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(Vars.PRIORITY);
    assertThat(result.<String>getSingleEntry()).isEqualTo(expected);
  }

  @Test
  void incidentWithoutImpactGetsNoPriority() {
    // impact defaults to INDIVIDUAL in the contract: the caller must apply that default
    assertThat(decide("URGENT", null, "SYSTEM_FAULT")).isEmpty();
  }
}
