package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineRestErrorsTest {

  @Test
  void messagesLoseQualifiedClassNamesAndExceptionPrefixes() {
    assertThat(
            EngineRestErrors.withoutClassNames(
                "org.camunda.bpm.engine.MismatchingMessageCorrelationException: Cannot correlate"
                    + " message 'x': No process definition or execution matches the parameters"))
        .isEqualTo(
            "Cannot correlate message 'x': No process definition or execution matches the"
                + " parameters");
    assertThat(
            EngineRestErrors.withoutClassNames(
                "Cannot set query parameter 'dueAfter' to value '1': Cannot convert value \"1\" to"
                    + " java type java.util.Date"))
        .isEqualTo(
            "Cannot set query parameter 'dueAfter' to value '1': Cannot convert value \"1\" to the"
                + " expected type");
    assertThat(
            EngineRestErrors.withoutClassNames(
                "Cannot deserialize value of type `org.camunda.bpm.engine.rest.dto.task.TaskQueryDto`"
                    + " from Array value"))
        .isEqualTo("Cannot deserialize value of type a value from Array value");
    assertThat(EngineRestErrors.withoutClassNames("Invalid TaskQueryDto: ProcessEngineException"))
        .isEqualTo("Invalid the request: the request");
  }

  @Test
  void plainMessagesStayAsTheyAre() {
    String message = "The task cannot be deleted because is part of a running process";
    assertThat(EngineRestErrors.withoutClassNames(message)).isEqualTo(message);
    assertThat(EngineRestErrors.withoutClassNames("Task with id 4.2 not found. Try again."))
        .isEqualTo("Task with id 4.2 not found. Try again.");
    assertThat(EngineRestErrors.withoutClassNames(null)).isNull();
  }

  @Test
  void aResourceThatDereferencedWhatTheRequestDidNotSendAnswers400() {
    NullPointerException missingBody = new NullPointerException("\"queryDto\" is null");
    missingBody.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(
              "org.camunda.bpm.engine.rest.impl.TaskRestServiceImpl", "queryTasks", null, 1)
        });
    jakarta.ws.rs.core.Response answer =
        new EngineRestErrors.UnexpectedErrorMapper().toResponse(missingBody);
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(((org.camunda.bpm.engine.rest.dto.ExceptionDto) answer.getEntity()).getMessage())
        .doesNotContain("queryDto");

    NullPointerException ours = new NullPointerException("x");
    ours.setStackTrace(
        new StackTraceElement[] {new StackTraceElement("io.ticketflow.X", "y", null, 1)});
    assertThat(new EngineRestErrors.UnexpectedErrorMapper().toResponse(ours).getStatus())
        .as("a failure of our own stays a 500")
        .isEqualTo(500);
  }
}
