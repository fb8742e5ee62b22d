package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.process.ProcessModel.Forms;
import io.ticketflow.process.ProcessModel.Vars;
import io.ticketflow.ticket.Category;
import io.ticketflow.ticket.Impact;
import io.ticketflow.ticket.Subcategory;
import io.ticketflow.ticket.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that the start form of {@code log-request} asks for everything a ticket needs. */
class LogRequestFormTest {

  private static final String FORM = "forms/log-request.form";

  /** Component types rendered by the form-js bundled with Tasklist 7.24. */
  private static final Set<String> RENDERED_TYPES =
      Set.of("text", "textfield", "textarea", "radio", "select");

  private static JsonNode form;
  private static Map<String, JsonNode> byKey;

  @BeforeAll
  static void readForm() throws IOException {
    try (InputStream in = LogRequestFormTest.class.getClassLoader().getResourceAsStream(FORM)) {
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
  void formHasTheIdTheStartEventRefersTo() {
    assertThat(form.get("id").asText()).isEqualTo(Forms.LOG_REQUEST);
    assertThat(form.get("schemaVersion").asInt()).isLessThanOrEqualTo(16);
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
  void asksForTheRequesterAndTheRequest() {
    assertThat(byKey.keySet())
        .containsExactlyInAnyOrder(
            Vars.REQUESTER_NAME,
            Vars.REQUESTER_DEPARTMENT,
            Vars.REQUESTER_EMAIL,
            Vars.REQUESTER_PHONE,
            Vars.CHANNEL,
            Vars.CATEGORY,
            Vars.SUBCATEGORY,
            Vars.URGENCY,
            Vars.IMPACT,
            Vars.TICKET_TITLE,
            Vars.TICKET_DESCRIPTION);
    for (String required :
        List.of(
            Vars.REQUESTER_NAME,
            Vars.CHANNEL,
            Vars.CATEGORY,
            Vars.SUBCATEGORY,
            Vars.URGENCY,
            Vars.TICKET_TITLE,
            Vars.TICKET_DESCRIPTION)) {
      assertThat(byKey.get(required).path("validate").path("required").asBoolean())
          .as(required + " required")
          .isTrue();
    }
    assertThat(byKey.get(Vars.TICKET_DESCRIPTION).path("validate").path("maxLength").asInt())
        .isEqualTo(LoggedRequest.MAX_PROCESS_TEXT);
  }

  @Test
  void choicesAreExactlyTheContractValues() {
    assertThat(values(Vars.CHANNEL)).containsExactly("PHONE", "CHAT", "IM");
    assertThat(values(Vars.CATEGORY)).containsExactlyElementsOf(names(Category.values()));
    assertThat(values(Vars.SUBCATEGORY)).containsExactlyElementsOf(names(Subcategory.values()));
    assertThat(values(Vars.URGENCY)).containsExactlyElementsOf(names(Urgency.values()));
    assertThat(values(Vars.IMPACT)).containsExactlyElementsOf(names(Impact.values()));
    assertThat(byKey.get(Vars.IMPACT).path("defaultValue").asText()).isEqualTo("INDIVIDUAL");
  }

  private static List<String> values(String key) {
    return StreamSupport.stream(byKey.get(key).get("values").spliterator(), false)
        .map(value -> value.get("value").asText())
        .toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
