package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WebappEngineErrorFilterTest {

  private final ObjectMapper json = new ObjectMapper();
  private final WebappEngineErrorFilter filter = new WebappEngineErrorFilter(json);

  @Test
  void errorMessagesLoseTheirClassNamesAndKeepCamundasType() throws IOException {
    WebappEngineErrorFilter.Answer answer =
        filter.rewrite(
            400,
            bytes(
                "{\"type\":\"RestException\",\"message\":\"org.camunda.bpm.engine."
                    + "MismatchingMessageCorrelationException: Cannot correlate message 'x'\"}"));

    assertThat(answer.status()).isEqualTo(400);
    JsonNode body = json.readTree(answer.body());
    assertThat(body.get("type").asText()).isEqualTo("RestException");
    assertThat(body.get("message").asText()).isEqualTo("Cannot correlate message 'x'");
  }

  @Test
  void aValueOfTheWrongTypeIsTheClientsMistake() throws IOException {
    WebappEngineErrorFilter.Answer answer =
        filter.rewrite(
            500,
            bytes(
                "{\"type\":\"ClassCastException\",\"message\":\"class java.lang.String cannot be"
                    + " cast to class java.util.Date\"}"));

    assertThat(answer.status()).isEqualTo(400);
    JsonNode body = json.readTree(answer.body());
    assertThat(body.get("type").asText()).isEqualTo(EngineRestErrors.INVALID_REQUEST);
    assertThat(body.get("message").asText()).doesNotContain("java.");
  }

  @Test
  void camundasFiveHundredsForWhatTheRequestNamedOrLeftOutAreTheClientsMistake()
      throws IOException {
    for (String[] error :
        new String[][] {
          {"NullValueException", "Cannot find task with id 1: task is null", "404"},
          {"NullValueException", "workerId is null", "400"},
          {"RestException", "Cannot submit task form 1: task 1 doesn't exist", "404"},
          {
            "NullPointerException",
            "Cannot invoke \\\"a\\\" because \\\"queryDto\\\" is null",
            "400"
          },
          {"MalformedUtf8Exception", "The request body is not valid UTF-8.", "400"},
          {"UnsupportedCharsetException", "x-no-such-charset", "400"},
          {
            "IllegalStateException",
            "The @FormParam is utilized when the content type is not form",
            "415"
          }
        }) {
      WebappEngineErrorFilter.Answer answer =
          filter.rewrite(
              500, bytes("{\"type\":\"" + error[0] + "\",\"message\":\"" + error[1] + "\"}"));
      JsonNode body = json.readTree(answer.body());
      assertThat(answer.status()).as(error[0]).isEqualTo(Integer.parseInt(error[2]));
      assertThat(body.get("type").asText()).isEqualTo(EngineRestErrors.INVALID_REQUEST);
      assertThat(body.get("message").asText()).doesNotContain("queryDto", "Exception");
    }
    // a 500 of another kind stays ours
    assertThat(
            filter
                .rewrite(500, bytes("{\"type\":\"ProcessEngineException\",\"message\":\"x\"}"))
                .status())
        .isEqualTo(500);
  }

  @Test
  void anEmptyOrForeignBodyGetsThePlainReason() throws IOException {
    JsonNode body = json.readTree(filter.rewrite(404, bytes("not json")).body());
    assertThat(body.get("type").asText()).isEqualTo(EngineRestErrors.INVALID_REQUEST);
    assertThat(body.get("message").asText()).isEqualTo("Not Found");
  }

  @Test
  void jacksonsPlainTextAnswerBecomesCamundasErrorWithoutTheType() throws IOException {
    WebappEngineErrorFilter.Answer answer =
        filter.rewrite(
            400, bytes("Cannot deserialize value of type `java.util.Date` from String \"1\""));
    JsonNode body = json.readTree(answer.body());
    assertThat(answer.status()).isEqualTo(400);
    assertThat(body.get("type").asText()).isEqualTo(EngineRestErrors.INVALID_REQUEST);
    assertThat(body.get("message").asText()).doesNotContain("java.");
  }

  @Test
  void onlyErrorsOfTheWebappsEngineApiAreRewritten() throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task");
    MockHttpServletResponse error = new MockHttpServletResponse();
    filter.doFilter(
        request,
        error,
        new MockFilterChain(
            new jakarta.servlet.http.HttpServlet() {
              @Override
              protected void service(
                  jakarta.servlet.http.HttpServletRequest req,
                  jakarta.servlet.http.HttpServletResponse res)
                  throws IOException {
                res.setStatus(400);
                res.setContentType("application/json");
                res.setContentLength(60);
                res.getOutputStream()
                    .write(bytes("{\"type\":\"X\",\"message\":\"to java type java.util.Date\"}"));
              }
            }));
    assertThat(error.getStatus()).isEqualTo(400);
    assertThat(error.getContentAsString()).contains("to the expected type").doesNotContain("java.");

    MockHttpServletResponse ok = new MockHttpServletResponse();
    filter.doFilter(
        request,
        ok,
        new MockFilterChain(
            new jakarta.servlet.http.HttpServlet() {
              @Override
              protected void service(
                  jakarta.servlet.http.HttpServletRequest req,
                  jakarta.servlet.http.HttpServletResponse res)
                  throws IOException {
                res.setContentType("application/json");
                res.getWriter().write("[{\"name\":\"java.util.Date\"}]");
              }
            }));
    assertThat(ok.getContentAsString()).isEqualTo("[{\"name\":\"java.util.Date\"}]");

    MockHttpServletRequest elsewhere = new MockHttpServletRequest("GET", "/api/tickets/x");
    assertThat(filter.shouldNotFilter(elsewhere)).isTrue();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
