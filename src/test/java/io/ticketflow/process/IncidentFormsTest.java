package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.process.ProcessModel.Forms;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Subcategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that the Camunda Forms of emergency-response offer what the process and its users need.
 */
class IncidentFormsTest {

  /** Component types rendered by the form-js bundled with Tasklist 7.24. */
  private static final Set<String> RENDERED_TYPES =
      Set.of("text", "textfield", "textarea", "radio", "select", "checkbox");

  /** What every task form shows of the incident, read-only. */
  private static final List<String> INCIDENT_CONTEXT =
      List.of(
          Vars.INCIDENT_NUMBER,
          Vars.DRILL,
          Vars.INCIDENT_TITLE,
          Vars.INCIDENT_DESCRIPTION,
          Vars.ACKNOWLEDGE_DUE_AT,
          Vars.FIX_DUE_AT);

  @ParameterizedTest
  @ValueSource(
      strings = {
        Forms.DECLARE_INCIDENT,
        Forms.ACKNOWLEDGE_INCIDENT,
        Forms.INVESTIGATE_INCIDENT,
        Forms.FIX_INCIDENT,
        Forms.REVIEW_INCIDENT
      })
  void formHasItsFileNameAsIdAndReadableUniqueComponentIds(String id) {
    FormFile form = FormFile.read(id);

    assertThat(form.json.get("id").asText()).isEqualTo(id);
    assertThat(form.json.get("type").asText()).isEqualTo("default");
    Set<String> ids = new HashSet<>();
    for (JsonNode component : form.json.get("components")) {
      String componentId = component.path("id").asText();
      assertThat(componentId).matches("(Field|Text)_[A-Z][A-Za-z]+");
      assertThat(ids.add(componentId)).as("unique id " + componentId).isTrue();
      assertThat(component.get("type").asText()).isIn(RENDERED_TYPES);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        Forms.ACKNOWLEDGE_INCIDENT,
        Forms.INVESTIGATE_INCIDENT,
        Forms.FIX_INCIDENT,
        Forms.REVIEW_INCIDENT
      })
  void taskFormShowsTheIncidentReadOnly(String id) {
    FormFile form = FormFile.read(id);

    for (String key : INCIDENT_CONTEXT) {
      form.assertReadOnly(key);
    }
  }

  @Nested
  class DeclareIncident {

    private final FormFile form = FormFile.read(Forms.DECLARE_INCIDENT);

    @Test
    void titleAndCategoryAreRequiredDescriptionIsOptional() {
      form.assertInput(Vars.INCIDENT_TITLE, "textfield", true);
      assertThat(form.field(Vars.INCIDENT_TITLE).path("validate").path("maxLength").asInt())
          .isEqualTo(200);
      form.assertInput(Vars.INCIDENT_DESCRIPTION, "textarea", false);
      form.assertInput(Vars.CATEGORY, "select", true);
    }

    @Test
    void categoryOffersTheFourCategories() {
      assertThat(form.values(Vars.CATEGORY))
          .containsExactlyElementsOf(Arrays.stream(Category.values()).map(Enum::name).toList());
    }

    @Test
    void subcategoryIsAnOptionalChoiceOfAllSubcategories() {
      form.assertInput(Vars.SUBCATEGORY, "select", false);
      assertThat(form.values(Vars.SUBCATEGORY))
          .containsExactlyElementsOf(Arrays.stream(Subcategory.values()).map(Enum::name).toList());
    }

    @Test
    void drillIsACheckboxThatIsOffUnlessTicked() {
      form.assertInput(Vars.DRILL, "checkbox", false);
      assertThat(form.field(Vars.DRILL).path("defaultValue").asBoolean(true)).isFalse();
    }

    @Test
    void asksForNothingElse() {
      assertThat(form.keys())
          .containsExactlyInAnyOrder(
              Vars.INCIDENT_TITLE,
              Vars.INCIDENT_DESCRIPTION,
              Vars.CATEGORY,
              Vars.SUBCATEGORY,
              Vars.DRILL);
    }
  }

  @Nested
  class AcknowledgeIncident {

    private final FormFile form = FormFile.read(Forms.ACKNOWLEDGE_INCIDENT);

    @Test
    void confirmationIsARequiredCheckbox() {
      form.assertInput(Vars.ACKNOWLEDGEMENT_CONFIRMED, "checkbox", true);
      assertThat(form.inputKeys()).containsExactly(Vars.ACKNOWLEDGEMENT_CONFIRMED);
    }
  }

  @Nested
  class InvestigateIncident {

    private final FormFile form = FormFile.read(Forms.INVESTIGATE_INCIDENT);

    @Test
    void workaroundIsRequiredAndTheStatusNoteOptional() {
      form.assertInput(Vars.WORKAROUND, "textarea", true);
      form.assertInput(Vars.STATUS_NOTE, "textarea", false);
      assertThat(form.inputKeys()).containsExactlyInAnyOrder(Vars.WORKAROUND, Vars.STATUS_NOTE);
    }
  }

  @Nested
  class FixIncident {

    private final FormFile form = FormFile.read(Forms.FIX_INCIDENT);

    @Test
    void resolutionIsRequiredAndTheWorkaroundShownReadOnly() {
      form.assertInput(Vars.RESOLUTION, "textarea", true);
      form.assertReadOnly(Vars.WORKAROUND);
      assertThat(form.inputKeys()).containsExactly(Vars.RESOLUTION);
    }
  }

  @Nested
  class ReviewIncident {

    private final FormFile form = FormFile.read(Forms.REVIEW_INCIDENT);

    @Test
    void timelineRootCauseAndCorrectiveActionsAreAllRequired() {
      form.assertInput(Vars.REVIEW_TIMELINE, "textarea", true);
      form.assertInput(Vars.ROOT_CAUSE, "textarea", true);
      form.assertInput(Vars.CORRECTIVE_ACTIONS, "textarea", true);
      assertThat(form.inputKeys())
          .containsExactlyInAnyOrder(
              Vars.REVIEW_TIMELINE, Vars.ROOT_CAUSE, Vars.CORRECTIVE_ACTIONS);
    }

    @Test
    void correctiveActionsAskForAnOwnerPerAction() {
      assertThat(form.field(Vars.CORRECTIVE_ACTIONS).path("description").asText())
          .contains("action — owner");
    }

    @Test
    void workaroundAndResolutionAreShownReadOnly() {
      form.assertReadOnly(Vars.WORKAROUND);
      form.assertReadOnly(Vars.RESOLUTION);
    }
  }

  /** A form file from {@code forms/}, its components by key. */
  private static final class FormFile {

    final JsonNode json;
    final Map<String, JsonNode> byKey = new HashMap<>();

    private FormFile(JsonNode json) {
      this.json = json;
      for (JsonNode component : json.get("components")) {
        if (component.hasNonNull("key")) {
          assertThat(byKey.put(component.get("key").asText(), component))
              .as("one field for " + component.get("key"))
              .isNull();
        }
      }
    }

    static FormFile read(String id) {
      String path = "forms/" + id + ".form";
      try (InputStream in = IncidentFormsTest.class.getClassLoader().getResourceAsStream(path)) {
        assertThat(in).as(path + " on the classpath").isNotNull();
        return new FormFile(new ObjectMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    JsonNode field(String key) {
      assertThat(byKey).as("field for " + key).containsKey(key);
      return byKey.get(key);
    }

    Set<String> keys() {
      return byKey.keySet();
    }

    List<String> inputKeys() {
      return byKey.entrySet().stream()
          .filter(e -> !e.getValue().path("readonly").asBoolean())
          .map(Map.Entry::getKey)
          .toList();
    }

    List<String> values(String key) {
      return StreamSupport.stream(field(key).get("values").spliterator(), false)
          .map(value -> value.get("value").asText())
          .toList();
    }

    void assertInput(String key, String type, boolean required) {
      JsonNode field = field(key);
      assertThat(field.get("type").asText()).as(key + " type").isEqualTo(type);
      assertThat(field.path("readonly").asBoolean()).as(key + " editable").isFalse();
      assertThat(field.path("validate").path("required").asBoolean())
          .as(key + " required")
          .isEqualTo(required);
    }

    void assertReadOnly(String key) {
      assertThat(field(key).path("readonly").asBoolean()).as(key + " read-only").isTrue();
    }
  }
}
