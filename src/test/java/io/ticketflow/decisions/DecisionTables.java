package io.ticketflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Evaluates the shipped decision tables (dmn/ on the classpath) in a standalone DMN engine. */
final class DecisionTables {

  /**
   * The default configuration, like the process engine's. The tables name JUEL on every input
   * expression, input entry and output entry themselves (expressionLanguage="juel"), so the
   * configuration's FEEL defaults do not apply to them.
   */
  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  /**
   * Every expression of the tables is JUEL: the FEEL engine of Camunda 7.24 builds its function
   * table and parses the expression at every evaluation, which makes a table hundreds of times
   * slower (bench/src/Decisions.java).
   */
  private static final String JUEL = "juel";

  private static final String DMNDI_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

  private DecisionTables() {}

  static DmnDecision parse(String decisionKey) {
    try (InputStream in = open(decisionKey)) {
      return ENGINE.parseDecision(decisionKey, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DmnDecisionResult evaluate(DmnDecision decision, VariableMap variables) {
    return ENGINE.evaluateDecision(decision, variables);
  }

  /**
   * Checks what makes a table usable by an analyst in Camunda Modeler and deployable by the engine:
   * a diagram shape, history time to live, hit policy FIRST, labels on every column, JUEL on every
   * expression and an annotation on every rule.
   */
  static void assertModelerReady(String decisionKey) {
    DmnModelInstance model;
    try (InputStream in = open(decisionKey)) {
      model = Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Decision decision = model.getModelElementById(decisionKey);
    assertThat(decision).as("decision %s", decisionKey).isNotNull();
    assertThat(decision.getName()).as("decision name").isNotBlank();
    assertThat(decision.getDescription()).as("decision description").isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");

    DecisionTable table = (DecisionTable) decision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    for (Input input : table.getInputs()) {
      assertThat(input.getLabel()).as("label of input %s", input.getId()).isNotBlank();
      assertThat(input.getInputExpression().getTypeRef())
          .as("type of input %s", input.getId())
          .isNotBlank();
    }
    for (Output output : table.getOutputs()) {
      assertThat(output.getLabel()).as("label of output %s", output.getId()).isNotBlank();
      assertThat(output.getTypeRef()).as("type of output %s", output.getId()).isNotBlank();
    }
    for (Input input : table.getInputs()) {
      assertThat(input.getInputExpression().getExpressionLanguage())
          .as("expression language of input %s", input.getId())
          .isEqualTo(JUEL);
    }
    for (Rule rule : table.getRules()) {
      for (InputEntry entry : rule.getInputEntries()) {
        if (!entry.getTextContent().isBlank()) {
          assertThat(entry.getExpressionLanguage())
              .as("expression language of input entry %s", entry.getId())
              .isEqualTo(JUEL);
        }
      }
      for (OutputEntry entry : rule.getOutputEntries()) {
        assertThat(entry.getExpressionLanguage())
            .as("expression language of output entry %s", entry.getId())
            .isEqualTo(JUEL);
      }
      assertThat(rule.getDescription()).as("annotation of rule %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent())
          .as("annotation of rule %s", rule.getId())
          .isNotBlank();
    }
    assertThat(shapeReferences(decisionKey)).as("DMN DI shapes").contains(decisionKey);
  }

  private static List<String> shapeReferences(String decisionKey) {
    try (InputStream in = open(decisionKey)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      NodeList shapes =
          factory
              .newDocumentBuilder()
              .parse(in)
              .getElementsByTagNameNS(DMNDI_NAMESPACE, "DMNShape");
      List<String> references = new ArrayList<>();
      for (int i = 0; i < shapes.getLength(); i++) {
        references.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
      }
      return references;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream open(String decisionKey) {
    String resource = "dmn/" + decisionKey + ".dmn";
    InputStream in = DecisionTables.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the test classpath");
    }
    return in;
  }
}
