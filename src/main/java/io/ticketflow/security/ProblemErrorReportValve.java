package io.ticketflow.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answer, for what fails before the application sees it (an address Tomcat
 * cannot decode, such as {@code /api/%} or an encoded slash): a problem+json body with the security
 * headers every other answer carries, instead of Tomcat's HTML page without them.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    SecurityHeaders.onError(response, request.isSecure());
    try {
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client went away, or the answer was started meanwhile: nothing more to send
    }
  }
}
