package io.ticketflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches a path pattern against the request's path as the servlets behind it read it: path
 * parameters ({@code ;…}) dropped, percent-encoding decoded, repeated and trailing slashes removed,
 * {@code .} and {@code ..} resolved. Jersey (the engine REST API) serves {@code
 * /deployment/create/} like {@code /deployment/create}, so a rule must not tell them apart either.
 */
final class NormalizedPathMatcher implements RequestMatcher {

  private final HttpMethod method;
  private final PathPattern pattern;
  private final String text;

  private NormalizedPathMatcher(HttpMethod method, String pattern) {
    this.method = method;
    this.pattern = PathPatternParser.defaultInstance.parse(pattern);
    this.text = pattern;
  }

  static NormalizedPathMatcher of(String pattern) {
    return new NormalizedPathMatcher(null, pattern);
  }

  static NormalizedPathMatcher of(HttpMethod method, String pattern) {
    return new NormalizedPathMatcher(method, pattern);
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    if (method != null && !method.matches(request.getMethod())) {
      return false;
    }
    return pattern.matches(PathContainer.parsePath(encode(segments(request))));
  }

  /** The request's path within the application, decoded, one entry per segment. */
  static Deque<String> segments(HttpServletRequest request) {
    String path = request.getRequestURI();
    String context = request.getContextPath();
    if (context != null && !context.isEmpty() && path.startsWith(context)) {
      path = path.substring(context.length());
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String raw : path.split("/")) {
      int parameters = raw.indexOf(';');
      String segment =
          UriUtils.decode(
              parameters < 0 ? raw : raw.substring(0, parameters), StandardCharsets.UTF_8);
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        segments.pollLast();
        continue;
      }
      segments.addLast(segment);
    }
    return segments;
  }

  /** Whether any segment of the request's path is this word, whatever its case. */
  static boolean hasSegment(HttpServletRequest request, String word) {
    return segments(request).stream().map(s -> s.toLowerCase(Locale.ROOT)).anyMatch(word::equals);
  }

  private static String encode(Deque<String> segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      path.append('/').append(UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
    }
    return path.isEmpty() ? "/" : path.toString();
  }

  @Override
  public String toString() {
    return "NormalizedPath[" + (method == null ? "" : method + " ") + text + "]";
  }
}
