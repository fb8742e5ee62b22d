package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.process.ProcessModel.Forms;
import io.ticketflow.process.ProcessModel.Outcomes;
import io.ticketflow.process.ProcessModel.Vars;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that the Camunda Form of the work task offers every field the process and agents need. */
class WorkTicketFormTest {

  private static final String FORM = "forms/work-ticket.form";
  private static final String CHINESE_FORM = "forms/work-ticket-zh.form";

  /** Component types rendered by the form-js bundled with Tasklist 7.24. */
  private static final Set<String> RENDERED_TYPES =
      Set.of("text", "textfield", "textarea", "radio", "select", "checkbox");

  private static JsonNode form;
  private static Map<String, JsonNode> byKey;

  @BeforeAll
  static void readForm() throws IOException {
    try (InputStream in = WorkTicketFormTest.class.getClassLoader().getResourceAsStream(FORM)) {
      assertThat(in).as(FORM + " on the classpath").isNotNull();
      form = new ObjectMapper().readTree(in);
    }
    byKey = new HashMap<>();
    for (JsonNode component : form.get("components")) {
      if (component.hasNonNull("key")) {
        byKey.put(component.get("key").asText(), component);
      }
    }
  }

  @Test
  void formHasTheIdTheUserTaskRefersTo() {
    assertThat(form.get("id").asText()).isEqualTo(Forms.WORK_TICKET);
    assertThat(form.get("type").asText()).isEqualTo("default");
  }

  @Test
  void everyComponentHasAReadableUniqueIdAndARenderedType() {
    Set<String> ids = new HashSet<>();
    for (JsonNode component : form.get("components")) {
      String id = component.path("id").asText();
      assertThat(id).matches("(Field|Text)_[A-Z][A-Za-z]+");
      assertThat(ids.add(id)).as("unique id " + id).isTrue();
      assertThat(component.get("type").asText()).isIn(RENDERED_TYPES);
    }
  }

  @Test
  void ticketContextIsShownReadOnly() {
    for (String key :
        List.of(
            Vars.TICKET_NUMBER,
            Vars.TICKET_TITLE,
            Vars.TICKET_DESCRIPTION,
            Vars.REQUESTER_SUMMARY,
            Vars.PRIORITY_LABEL,
            Vars.TICKET_STATUS_LABEL,
            Vars.CLASSIFICATION,
            Vars.CHANNEL_LABEL,
            Vars.FIRST_RESPONSE_DUE,
            Vars.RESOLUTION_DUE,
            Vars.RECENT_COMMENTS)) {
      assertThat(byKey).as("field for " + key).containsKey(key);
      assertThat(byKey.get(key).path("readonly").asBoolean()).as(key + " read-only").isTrue();
    }
  }

  @Test
  void outcomeIsARequiredChoiceOfTheThreeOutcomes() {
    JsonNode outcome = byKey.get(Vars.OUTCOME);
    assertThat(outcome).isNotNull();
    assertThat(outcome.get("type").asText()).isEqualTo("radio");
    assertThat(outcome.path("validate").path("required").asBoolean()).isTrue();
    assertThat(values(outcome))
        .containsExactly(Outcomes.RESOLVED, Outcomes.ESCALATE, Outcomes.WAIT_FOR_CUSTOMER);
  }

  @Test
  void resolutionFieldsShowOnlyForResolved() {
    assertShownOnlyFor(Vars.RESOLUTION, Outcomes.RESOLVED, true);
    assertShownOnlyFor(Vars.ROOT_CAUSE, Outcomes.RESOLVED, false);
    assertShownOnlyFor(Vars.WORKAROUND, Outcomes.RESOLVED, false);
    assertThat(byKey.get(Vars.RESOLUTION).path("validate").path("maxLength").asInt())
        .isEqualTo(4000);
    assertThat(byKey.get(Vars.ROOT_CAUSE).path("validate").path("maxLength").asInt())
        .isEqualTo(2000);
  }

  @Test
  void escalationFieldsShowOnlyForEscalate() {
    assertShownOnlyFor(Vars.ESCALATION_REASON, Outcomes.ESCALATE, true);
    assertShownOnlyFor(Vars.ESCALATION_NOTE, Outcomes.ESCALATE, true);
    JsonNode reason = byKey.get(Vars.ESCALATION_REASON);
    assertThat(reason.get("type").asText()).isEqualTo("select");
    assertThat(values(reason))
        .containsExactlyInAnyOrder("CANNOT_RESOLVE", "CUSTOMER_COMPLAINT", "TIMEOUT");
  }

  @Test
  void questionShowsOnlyWhenAskingTheRequester() {
    assertShownOnlyFor(Vars.QUESTION, Outcomes.WAIT_FOR_CUSTOMER, true);
  }

  @Test
  void knowledgeAndTemplatesAreOfferedFromTheTasksOptionLists() {
    assertThat(textOf("Text_KnowledgeLinks")).contains("{{" + Vars.KNOWLEDGE_LINKS + "}}");
    assertShownOnlyFor(Vars.SOLVED_WITH_ARTICLE, Outcomes.RESOLVED, false);
    assertThat(byKey.get(Vars.SOLVED_WITH_ARTICLE).get("valuesKey").asText())
        .isEqualTo(Vars.ARTICLE_OPTIONS);
    assertShownOnlyFor(Vars.REUSABLE_SOLUTION, Outcomes.RESOLVED, false);
    assertThat(byKey.get(Vars.REUSABLE_SOLUTION).get("type").asText()).isEqualTo("checkbox");
    JsonNode template = byKey.get(Vars.REPLY_TEMPLATE);
    assertThat(template.get("type").asText()).isEqualTo("select");
    assertThat(template.get("valuesKey").asText()).isEqualTo(Vars.REPLY_TEMPLATE_OPTIONS);
    assertThat(template.path("conditional").path("hide").asText())
        .isEqualTo("=outcome != \"RESOLVED\" and outcome != \"WAIT_FOR_CUSTOMER\"");
    for (int place = 1; place <= WorkFormAids.TEMPLATE_PLACES; place++) {
      JsonNode draft = byKey.get(Vars.REPLY_DRAFT + place);
      assertThat(draft).as("draft " + place).isNotNull();
      assertThat(draft.get("type").asText()).isEqualTo("textarea");
      assertThat(draft.path("readonly").asBoolean()).isFalse();
      assertThat(draft.path("conditional").path("hide").asText())
          .contains("starts with(replyTemplate, \"" + place + "-\")");
    }
  }

  @Test
  void theChineseTwinHasTheSameFieldsWithChineseLabels() throws IOException {
    JsonNode chinese;
    try (InputStream in =
        WorkTicketFormTest.class.getClassLoader().getResourceAsStream(CHINESE_FORM)) {
      assertThat(in).as(CHINESE_FORM + " on the classpath").isNotNull();
      chinese = new ObjectMapper().readTree(in);
    }
    assertThat(chinese.get("id").asText()).isEqualTo(Forms.WORK_TICKET + "-zh");
    List<String> english = new java.util.ArrayList<>();
    List<String> twin = new java.util.ArrayList<>();
    form.get("components")
        .forEach(
            c ->
                english.add(
                    c.path("id").asText()
                        + "/"
                        + c.path("key").asText()
                        + "/"
                        + c.path("conditional").path("hide").asText()
                        + "/"
                        + c.path("validate")));
    chinese
        .get("components")
        .forEach(
            c ->
                twin.add(
                    c.path("id").asText()
                        + "/"
                        + c.path("key").asText()
                        + "/"
                        + c.path("conditional").path("hide").asText()
                        + "/"
                        + c.path("validate")));
    assertThat(twin).isEqualTo(english);
    for (JsonNode component : chinese.get("components")) {
      String words = component.path("label").asText("") + component.path("text").asText("");
      if (!words.isEmpty()) {
        assertThat(words).as(component.path("id").asText()).containsPattern("\\p{IsHan}");
      }
    }
  }

  private static String textOf(String id) {
    return StreamSupport.stream(form.get("components").spliterator(), false)
        .filter(c -> id.equals(c.path("id").asText()))
        .findFirst()
        .map(c -> c.path("text").asText())
        .orElse("");
  }

  private static void assertShownOnlyFor(String key, String outcome, boolean required) {
    JsonNode field = byKey.get(key);
    assertThat(field).as("field for " + key).isNotNull();
    assertThat(field.path("conditional").path("hide").asText())
        .as("hide condition of " + key)
        .isEqualTo("=" + Vars.OUTCOME + " != \"" + outcome + "\"");
    assertThat(field.path("validate").path("required").asBoolean())
        .as(key + " required")
        .isEqualTo(required);
    assertThat(field.path("readonly").asBoolean()).as(key + " editable").isFalse();
  }

  private static List<String> values(JsonNode component) {
    return StreamSupport.stream(component.get("values").spliterator(), false)
        .map(value -> value.get("value").asText())
        .toList();
  }
}
