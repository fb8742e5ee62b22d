package io.ticketflow.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' APIs ({@code /camunda/api/**}: the engine, admin, cockpit and tasklist APIs) are
 * JAX-RS applications of Camunda's own that the engine REST API's providers do not reach; their
 * error answers get the same treatment here ({@link EngineRestErrors#clientStatus} among it): the
 * message without Java class or package names ({@link EngineRestErrors#withoutClassNames}), and a
 * wrong type or form of a value (Camunda's 500 for an {@code IllegalArgumentException} or {@code
 * ClassCastException}) a 400. Only error answers are held back and rewritten; others stream
 * through.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 2)
public class WebappEngineErrorFilter extends OncePerRequestFilter {

  /** The webapps' APIs (engine, admin, cockpit, tasklist, welcome), below the context path. */
  static final String ENGINE_API = "/camunda/api/";

  /** Camunda's error types for a value of the wrong type or form: the client's mistake. */
  private static final Set<String> WRONG_VALUE =
      Set.of(
          IllegalArgumentException.class.getSimpleName(), ClassCastException.class.getSimpleName());

  private final ObjectMapper json;

  public WebappEngineErrorFilter(ObjectMapper json) {
    this.json = json;
  }

  /** What an error answer of the webapps' engine API becomes. */
  record Answer(int status, byte[] body) {}

  /**
   * The answer that replaces an error body: the message cleaned; Camunda's error type and the other
   * fields kept. A body that is not Camunda's JSON error gets a plain one. Problem details (the
   * application's own answers: sign-in, size limits) pass untouched.
   */
  Answer rewrite(int status, byte[] body) {
    ObjectNode error;
    try {
      JsonNode parsed = json.readTree(body);
      error = parsed instanceof ObjectNode object ? object : json.createObjectNode();
    } catch (IOException notJson) {
      // Jackson's own answer to a body it cannot map is plain text naming the target type
      error = json.createObjectNode();
      if (body.length > 0 && status == HttpStatus.BAD_REQUEST.value()) {
        error.put("type", EngineRestErrors.INVALID_REQUEST);
        error.put("message", "The request body cannot be read for this call.");
      }
    }
    int answer = status;
    String type = error.path("type").asText("");
    String message;
    int client =
        status >= HttpStatus.INTERNAL_SERVER_ERROR.value()
            ? EngineRestErrors.clientStatus(type, error.path("message").asText(null))
            : 0;
    if (status >= HttpStatus.INTERNAL_SERVER_ERROR.value() && WRONG_VALUE.contains(type)) {
      answer = HttpStatus.BAD_REQUEST.value();
      error.put("type", EngineRestErrors.INVALID_REQUEST);
      message = "A parameter or value of the request has the wrong type or form.";
    } else if (client > 0) {
      answer = client;
      error.put("type", EngineRestErrors.INVALID_REQUEST);
      message = EngineRestErrors.clientMessage(client, error.path("message").asText(null));
    } else {
      message = EngineRestErrors.withoutClassNames(error.path("message").asText(null));
    }
    if (!error.has("type")) {
      error.put(
          "type",
          answer >= HttpStatus.INTERNAL_SERVER_ERROR.value()
              ? EngineRestErrors.SERVER_ERROR
              : EngineRestErrors.INVALID_REQUEST);
    }
    HttpStatus known = HttpStatus.resolve(answer);
    error.put(
        "message",
        message == null || message.isBlank()
            ? (known == null ? "Error" : known.getReasonPhrase())
            : message);
    try {
      return new Answer(answer, json.writeValueAsBytes(error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request
        .getRequestURI()
        .substring(request.getContextPath().length())
        .startsWith(ENGINE_API);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorHoldingResponse held = new ErrorHoldingResponse(response);
    try {
      chain.doFilter(request, held);
    } finally {
      held.flushWriter();
    }
    if (!held.holding()) {
      return;
    }
    Answer answer = rewrite(held.getStatus(), held.heldBody());
    response.setStatus(answer.status());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
    response.flushBuffer();
  }

  /**
   * Passes a successful answer straight through; an error answer's JSON body (status 400 or more
   * when the body starts) is held back, and its length left unset, for {@link #rewrite}.
   */
  static final class ErrorHoldingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private Boolean holding;

    ErrorHoldingResponse(HttpServletResponse response) {
      super(response);
    }

    boolean holding() {
      return Boolean.TRUE.equals(holding);
    }

    byte[] heldBody() {
      return held.toByteArray();
    }

    void flushWriter() {
      if (writer != null) {
        writer.flush();
      }
    }

    private boolean isError() {
      return getStatus() >= HttpStatus.BAD_REQUEST.value() && !Boolean.FALSE.equals(holding);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      holding = false;
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      holding = false;
      super.sendError(status);
    }

    /** Decided when the body starts: an error in JSON, as Camunda writes them. */
    private boolean decide() {
      if (holding == null) {
        String type = getContentType();
        holding =
            isError()
                && (type == null
                    || !type.toLowerCase(Locale.ROOT)
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
      }
      return holding;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!decide()) {
        return super.getOutputStream();
      }
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                // held in memory: always ready
              }

              @Override
              public void write(int b) {
                held.write(b);
              }

              @Override
              public void write(byte[] bytes, int offset, int length) {
                held.write(bytes, offset, length);
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!decide()) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int length) {
      if (!isError()) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!isError()) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(isError() && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(isError() && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!decide()) {
        super.flushBuffer();
      }
    }
  }
}
