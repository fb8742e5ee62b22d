package io.ticketflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.ProcessModel.Decisions;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.TitleFlags;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The routing table: the first queue and tier of a new ticket. */
class TicketRoutingDecisionTest {

  private static final String TIER1 = "tier1";
  private static final String OPERATIONS = "operations";
  private static final String APPLICATIONS = "applications";
  private static final String TRAINING = "training";

  /** Every category with its subcategories, as the application's enumerations have them. */
  private static final Map<String, List<String>> SUBCATEGORIES =
      Map.of(
          "SYSTEM_FAULT",
          List.of(
              "SOFTWARE_BUG",
              "DATA_ANOMALY",
              "INTEGRATION_FAILURE",
              "CRASH",
              "LOGIN_FAILURE",
              "SYNC_FAILURE"),
          "OPERATION_GUIDANCE",
          List.of("HOW_TO", "TRAINING_REQUEST", "PERMISSION_CONFIGURATION"),
          "ENVIRONMENT_CONFIGURATION",
          List.of("CLIENT_INSTALLATION", "NETWORK_SETTINGS", "DRIVER_UPDATE", "COMPATIBILITY"),
          "REQUIREMENT_REQUEST",
          List.of("IMPROVEMENT_SUGGESTION", "NEW_FEATURE", "CROSS_DEPARTMENT"));

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.parse(Decisions.TICKET_ROUTING);
  }

  /**
   * Routes a ticket with this title as the application does: the title's flags are computed first
   * ({@link TitleFlags}) and only they enter the decision.
   */
  private static DmnDecisionResult route(
      String category, String subcategory, String priority, String title) {
    return DecisionTables.evaluate(
        decision,
        Variables.createVariables()
            .putValue(Vars.CATEGORY, category)
            .putValue(Vars.SUBCATEGORY, subcategory)
            .putValue(Vars.PRIORITY, priority)
            .putValue(Vars.MENTIONS_PASSWORD, TitleFlags.mentionsPassword(title)));
  }

  private static void assertQueue(DmnDecisionResult result, String candidateGroup, int tier) {
    assertThat(result).hasSize(1);
    DmnDecisionResultEntries queue = result.getSingleResult();
    assertThat(queue.getEntryMap()).containsOnlyKeys(Vars.CANDIDATE_GROUP, Vars.TIER);
    assertThat(queue.<String>getEntry(Vars.CANDIDATE_GROUP)).isEqualTo(candidateGroup);
    // typeRef="integer" on the output: an Integer, not the Long that FEEL computes
    assertThat(queue.<Object>getEntry(Vars.TIER)).isEqualTo(tier);
  }

  @Test
  void tableIsReadyForTheModeler() {
    DecisionTables.assertModelerReady(Decisions.TICKET_ROUTING);
  }

  // rule 1 and 2: a P1 system fault skips tier 1

  @ParameterizedTest(name = "P1 {0}")
  @ValueSource(strings = {"SOFTWARE_BUG", "DATA_ANOMALY"})
  void p1BugOrDataAnomalySkipsTier1ForApplications(String subcategory) {
    assertQueue(route("SYSTEM_FAULT", subcategory, "P1", "orders are lost"), APPLICATIONS, 2);
  }

  @ParameterizedTest(name = "P1 {0}")
  @ValueSource(
      strings = {"INTEGRATION_FAILURE", "CRASH", "LOGIN_FAILURE", "SYNC_FAILURE", "SOMETHING_NEW"})
  void p1OtherSystemFaultSkipsTier1ForOperations(String subcategory) {
    assertQueue(route("SYSTEM_FAULT", subcategory, "P1", "nobody can work"), OPERATIONS, 2);
  }

  @Test
  void p1SystemFaultMentioningPasswordsStillSkipsTier1() {
    assertQueue(
        route("SYSTEM_FAULT", "LOGIN_FAILURE", "P1", "password check rejects everyone"),
        OPERATIONS,
        2);
  }

  // rule 3: password keywords go to the service desk

  @ParameterizedTest(name = "{0} {1} titled \"{2}\"")
  @CsvSource({
    "SYSTEM_FAULT,              CRASH,            P2, client crashes after password change",
    "SYSTEM_FAULT,              SOFTWARE_BUG,     P3, password field accepts nothing",
    "OPERATION_GUIDANCE,        TRAINING_REQUEST, P4, how to choose a good password",
    "ENVIRONMENT_CONFIGURATION, NETWORK_SETTINGS, P3, vpn asks for a password",
    "SYSTEM_FAULT,              SYNC_FAILURE,     P2, 邮箱密码同步失败",
    "ENVIRONMENT_CONFIGURATION, COMPATIBILITY,    P4, 忘记密码",
  })
  void titleMentioningPasswordGoesToTier1(
      String category, String subcategory, String priority, String keywords) {
    assertQueue(route(category, subcategory, priority, keywords), TIER1, 1);
  }

  @Test
  void passwordInTitleOfUnknownCategoryGoesToTier1() {
    assertQueue(route("SOMETHING_ELSE", null, "P3", "password expired"), TIER1, 1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"IMPROVEMENT_SUGGESTION", "NEW_FEATURE", "CROSS_DEPARTMENT"})
  void requirementRequestMentioningPasswordIsNotSentToTier1(String subcategory) {
    assertQueue(
        route(
            "REQUIREMENT_REQUEST", subcategory, "P3", "single sign-on instead of a password / 密码"),
        APPLICATIONS,
        2);
  }

  @Test
  void upperCasePasswordInTheTitleGoesToTier1AsTheLowerCasedTitleDid() {
    assertQueue(route("SYSTEM_FAULT", "CRASH", "P2", "PASSWORD dialog crashes"), TIER1, 1);
  }

  @Test
  void theDecisionReadsTheFlagAndNoFreeText() {
    assertThat(decision.getDecisionLogic())
        .isInstanceOf(org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl.class);
    var table = (org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(table.getInputs())
        .extracting(input -> input.getInputVariable())
        .containsExactly(Vars.CATEGORY, Vars.SUBCATEGORY, Vars.PRIORITY, Vars.MENTIONS_PASSWORD);
    assertThat(table.getInputs().get(3).getExpression().getTypeDefinition().getTypeName())
        .isEqualTo("boolean");
  }

  @ParameterizedTest(name = "keywords \"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "printer is slow"})
  void titleWithoutPasswordFallsThroughToTheSubcategoryRules(String keywords) {
    assertQueue(route("SYSTEM_FAULT", "CRASH", "P2", keywords), OPERATIONS, 2);
  }

  @Test
  void missingFlagIsTreatedAsNo() {
    VariableMap withoutKeywords =
        Variables.createVariables()
            .putValue(Vars.CATEGORY, "OPERATION_GUIDANCE")
            .putValue(Vars.SUBCATEGORY, "TRAINING_REQUEST")
            .putValue(Vars.PRIORITY, "P4");

    assertQueue(DecisionTables.evaluate(decision, withoutKeywords), TRAINING, 2);
  }

  // rules 4 to 6: basic questions go to the service desk

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"P2", "P3", "P4"})
  void loginFailureBelowP1GoesToTier1(String priority) {
    assertQueue(route("SYSTEM_FAULT", "LOGIN_FAILURE", priority, "cannot log in"), TIER1, 1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HOW_TO", "PERMISSION_CONFIGURATION"})
  void simpleGuidanceGoesToTier1(String subcategory) {
    assertQueue(route("OPERATION_GUIDANCE", subcategory, "P1", null), TIER1, 1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"CLIENT_INSTALLATION", "DRIVER_UPDATE"})
  void clientInstallationAndDriverUpdateGoToTier1(String subcategory) {
    assertQueue(route("ENVIRONMENT_CONFIGURATION", subcategory, "P2", ""), TIER1, 1);
  }

  // rules 7 to 11: the tier 2 group of the category

  @Test
  void trainingRequestGoesToTheTrainingGroup() {
    assertQueue(
        route("OPERATION_GUIDANCE", "TRAINING_REQUEST", "P3", "new staff need an introduction"),
        TRAINING,
        2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"SOFTWARE_BUG, P2", "DATA_ANOMALY, P3", "SOFTWARE_BUG, P4"})
  void bugOrDataAnomalyBelowP1GoesToApplications(String subcategory, String priority) {
    assertQueue(
        route("SYSTEM_FAULT", subcategory, priority, "report shows wrong totals"), APPLICATIONS, 2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"INTEGRATION_FAILURE", "CRASH", "SYNC_FAILURE"})
  void otherSystemFaultBelowP1GoesToOperations(String subcategory) {
    assertQueue(route("SYSTEM_FAULT", subcategory, "P2", null), OPERATIONS, 2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NETWORK_SETTINGS", "COMPATIBILITY"})
  void otherEnvironmentQuestionGoesToOperations(String subcategory) {
    assertQueue(route("ENVIRONMENT_CONFIGURATION", subcategory, "P3", null), OPERATIONS, 2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"IMPROVEMENT_SUGGESTION, P4", "NEW_FEATURE, P3", "CROSS_DEPARTMENT, P3"})
  void requirementRequestGoesToApplications(String subcategory, String priority) {
    assertQueue(route("REQUIREMENT_REQUEST", subcategory, priority, null), APPLICATIONS, 2);
  }

  // unknown values fall through

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      value = {
        "SYSTEM_FAULT,              SOMETHING_NEW, operations",
        "SYSTEM_FAULT,              NULL,          operations",
        "OPERATION_GUIDANCE,        SOMETHING_NEW, training",
        "ENVIRONMENT_CONFIGURATION, SOMETHING_NEW, operations",
        "ENVIRONMENT_CONFIGURATION, NULL,          operations",
        "REQUIREMENT_REQUEST,       SOMETHING_NEW, applications",
      },
      nullValues = "NULL")
  void unknownSubcategoryFallsThroughToTheCategoryRule(
      String category, String subcategory, String group) {
    assertQueue(route(category, subcategory, "P3", null), group, 2);
  }

  @ParameterizedTest(name = "category {0}")
  @NullAndEmptySource
  @ValueSource(strings = {"SOMETHING_ELSE"})
  void unknownCategoryFallsToTheServiceDeskSoEveryTicketHasAQueue(String category) {
    assertQueue(route(category, "CRASH", "P1", null), TIER1, 1);
  }

  @Test
  void ticketWithNothingSetStillGetsAQueue() {
    assertQueue(route(null, null, null, null), TIER1, 1);
  }

  static Stream<Arguments> everyKnownTicket() {
    List<String> keywordVariants = Arrays.asList(null, "", "screen stays black", "reset password");
    return SUBCATEGORIES.entrySet().stream()
        .flatMap(
            category ->
                category.getValue().stream()
                    .flatMap(
                        subcategory ->
                            Stream.of("P1", "P2", "P3", "P4")
                                .flatMap(
                                    priority ->
                                        keywordVariants.stream()
                                            .map(
                                                keywords ->
                                                    Arguments.of(
                                                        category.getKey(),
                                                        subcategory,
                                                        priority,
                                                        keywords)))));
  }

  @ParameterizedTest(name = "{0} {1} {2} \"{3}\"")
  @MethodSource("everyKnownTicket")
  void everyKnownTicketGetsOneQueueWithTier1OnlyForTheServiceDesk(
      String category, String subcategory, String priority, String keywords) {
    DmnDecisionResult result = route(category, subcategory, priority, keywords);

    assertThat(result).hasSize(1);
    String group = result.getSingleResult().getEntry(Vars.CANDIDATE_GROUP);
    Integer tier = result.getSingleResult().getEntry(Vars.TIER);
    assertThat(group).isIn(TIER1, OPERATIONS, APPLICATIONS, TRAINING);
    assertThat(tier).isEqualTo(TIER1.equals(group) ? 1 : 2);
    if ("P1".equals(priority) && "SYSTEM_FAULT".equals(category)) {
      assertThat(tier).as("a P1 system fault skips tier 1").isEqualTo(2);
    }
  }
}
