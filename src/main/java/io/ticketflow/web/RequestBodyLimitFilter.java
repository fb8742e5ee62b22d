package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size, whether announced by Content-Length or streamed,
 * on every API: the application's ({@code /api}, the portal's included), the engine REST API and
 * the Camunda webapps' API. A JSON body must also be well-formed UTF-8 ({@link Utf8Check}).
 */
@Component
public class RequestBodyLimitFilter extends OncePerRequestFilter {

  private final long defaultLimit;
  private final long uploadLimit;
  private final ObjectMapper json;

  public RequestBodyLimitFilter(WebProperties properties, ObjectMapper json) {
    this.defaultLimit = properties.maxRequestBody().toBytes();
    this.uploadLimit = properties.maxUploadBody().toBytes();
    this.json = json;
  }

  /** The paths, below the context path, whose request bodies are limited. */
  static final List<String> LIMITED = List.of("/api/", "/engine-rest/", "/camunda/api/");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return LIMITED.stream().noneMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = isUpload(request) ? uploadLimit : defaultLimit;
    if (request.getContentLengthLong() > limit) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message(limit));
      problem.setTitle("Request too large");
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
      return;
    }
    chain.doFilter(new LimitedRequest(request, limit, isUtf8Json(request)), response);
  }

  /** A JSON body in UTF-8 (JSON's only encoding between systems, RFC 8259), the default. */
  private static boolean isUtf8Json(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
      return false;
    }
    String charset = request.getCharacterEncoding();
    return charset == null || charset.equalsIgnoreCase("UTF-8");
  }

  /** A file upload to a ticket: multipart, to an {@code .../attachments} collection. */
  private static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equals(request.getMethod())
        && request.getRequestURI().endsWith("/attachments")
        && type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
  }

  private static String message(long limit) {
    return "The request body is larger than " + DataSize.ofBytes(limit).toKilobytes() + " KiB.";
  }

  /** Thrown while reading a streamed body past the limit. */
  public static class BodyTooLargeException extends IOException {
    BodyTooLargeException(String message) {
      super(message);
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private final boolean utf8;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit, boolean utf8) {
      super(request);
      this.limit = limit;
      this.utf8 = utf8;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), limit, utf8 ? new Utf8Check() : null);
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream delegate;
    private final long limit;
    private final Utf8Check utf8;
    private long read;

    LimitedStream(ServletInputStream delegate, long limit, Utf8Check utf8) {
      this.delegate = delegate;
      this.limit = limit;
      this.utf8 = utf8;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        count(1);
        if (utf8 != null) {
          utf8.accept(b);
        }
      } else if (utf8 != null) {
        utf8.end();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        count(n);
        if (utf8 != null) {
          utf8.accept(buffer, offset, n);
        }
      } else if (n < 0 && utf8 != null) {
        utf8.end();
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(message(limit));
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
