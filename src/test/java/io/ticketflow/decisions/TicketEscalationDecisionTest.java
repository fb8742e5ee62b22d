package io.ticketflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.ProcessModel.Decisions;
import io.ticketflow.process.ProcessModel.Vars;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The escalation table: the next queue and tier, and no result above tier 3. */
class TicketEscalationDecisionTest {

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.parse(Decisions.TICKET_ESCALATION);
  }

  private static DmnDecisionResult escalate(
      String category, String subcategory, Integer currentTier) {
    return DecisionTables.evaluate(
        decision,
        Variables.createVariables()
            .putValue(Vars.CATEGORY, category)
            .putValue(Vars.SUBCATEGORY, subcategory)
            .putValue(Vars.TIER, currentTier));
  }

  private static void assertNextQueue(DmnDecisionResult result, String candidateGroup, int tier) {
    assertThat(result).hasSize(1);
    DmnDecisionResultEntries next = result.getSingleResult();
    assertThat(next.getEntryMap()).containsOnlyKeys(Vars.CANDIDATE_GROUP, Vars.TIER);
    assertThat(next.<String>getEntry(Vars.CANDIDATE_GROUP)).isEqualTo(candidateGroup);
    assertThat(next.<Object>getEntry(Vars.TIER)).isEqualTo(tier);
  }

  @Test
  void tableIsReadyForTheModeler() {
    DecisionTables.assertModelerReady(Decisions.TICKET_ESCALATION);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"SOFTWARE_BUG", "DATA_ANOMALY"})
  void bugOrDataAnomalyEscalatesFromTier1ToApplications(String subcategory) {
    assertNextQueue(escalate("SYSTEM_FAULT", subcategory, 1), "applications", 2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"INTEGRATION_FAILURE", "CRASH", "LOGIN_FAILURE", "SYNC_FAILURE", "SOMETHING_NEW"})
  void otherSystemFaultEscalatesFromTier1ToOperations(String subcategory) {
    assertNextQueue(escalate("SYSTEM_FAULT", subcategory, 1), "operations", 2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HOW_TO", "TRAINING_REQUEST", "PERMISSION_CONFIGURATION"})
  void operationGuidanceEscalatesFromTier1ToTraining(String subcategory) {
    assertNextQueue(escalate("OPERATION_GUIDANCE", subcategory, 1), "training", 2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"CLIENT_INSTALLATION", "NETWORK_SETTINGS", "DRIVER_UPDATE", "COMPATIBILITY"})
  void environmentProblemEscalatesFromTier1ToOperations(String subcategory) {
    assertNextQueue(escalate("ENVIRONMENT_CONFIGURATION", subcategory, 1), "operations", 2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"IMPROVEMENT_SUGGESTION", "NEW_FEATURE", "CROSS_DEPARTMENT"})
  void requirementRequestEscalatesFromTier1ToApplications(String subcategory) {
    assertNextQueue(escalate("REQUIREMENT_REQUEST", subcategory, 1), "applications", 2);
  }

  @ParameterizedTest(name = "{0}")
  @NullSource
  @ValueSource(strings = {"SOMETHING_NEW"})
  void unknownSubcategoryAtTier1FallsThroughToTheCategoryRule(String subcategory) {
    assertNextQueue(escalate("ENVIRONMENT_CONFIGURATION", subcategory, 1), "operations", 2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "SYSTEM_FAULT,              SOFTWARE_BUG",
    "SYSTEM_FAULT,              CRASH",
    "OPERATION_GUIDANCE,        TRAINING_REQUEST",
    "ENVIRONMENT_CONFIGURATION, NETWORK_SETTINGS",
    "REQUIREMENT_REQUEST,       NEW_FEATURE",
  })
  void anyTicketEscalatesFromTier2ToTheSeniorExperts(String category, String subcategory) {
    assertNextQueue(escalate(category, subcategory, 2), "tier3", 3);
  }

  @Test
  void ticketOfUnknownCategoryStillEscalatesFromTier2() {
    assertNextQueue(escalate(null, null, 2), "tier3", 3);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "SYSTEM_FAULT,              SOFTWARE_BUG",
    "SYSTEM_FAULT,              CRASH",
    "OPERATION_GUIDANCE,        HOW_TO",
    "ENVIRONMENT_CONFIGURATION, COMPATIBILITY",
    "REQUIREMENT_REQUEST,       CROSS_DEPARTMENT",
  })
  void tier3HasNoHigherTierSoTheResultIsEmpty(String category, String subcategory) {
    DmnDecisionResult result = escalate(category, subcategory, 3);

    assertThat(result).isEmpty();
    assertThat(result.getFirstResult()).isNull();
  }

  @Test
  void missingCurrentTierFindsNoNextTier() {
    assertThat(escalate("SYSTEM_FAULT", "CRASH", null)).isEmpty();
  }
}
