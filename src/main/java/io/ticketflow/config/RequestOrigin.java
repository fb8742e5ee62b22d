package io.ticketflow.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where an engine command came from: the channel ({@code api}, {@code engine-rest}, {@code
 * webapp/cockpit}…) and the client address of the HTTP request the current thread serves, if any.
 *
 * @param channel {@code engine} when no HTTP request is being served (start-up, jobs)
 * @param clientAddress null when no HTTP request is being served
 */
record RequestOrigin(String channel, String clientAddress) {

  static final String ENGINE = "engine";
  static final String API = "api";
  static final String ENGINE_REST = "engine-rest";
  static final String WEBAPP = "webapp";
  static final String OTHER = "http";

  /** The webapps' login: {@code …/api/admin/auth/user/{engine}/login/{app}}. */
  private static final Pattern WEBAPP_LOGIN =
      Pattern.compile("/api/admin/auth/user/[^/]+/login/([a-z]{1,20})/?");

  /** The origin of the request the current thread serves. */
  static RequestOrigin current(String webappPath) {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      return of(servlet.getRequest(), webappPath);
    }
    return new RequestOrigin(ENGINE, null);
  }

  static RequestOrigin of(HttpServletRequest request, String webappPath) {
    String uri = Optional.ofNullable(request.getRequestURI()).orElse("");
    String context = Optional.ofNullable(request.getContextPath()).orElse("");
    String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
    return new RequestOrigin(channel(path, webappPath), request.getRemoteAddr());
  }

  /** The channel of a request path (without the servlet context path). */
  static String channel(String path, String webappPath) {
    if (under(path, webappPath)) {
      Matcher login = WEBAPP_LOGIN.matcher(path.substring(webappPath.length()));
      return login.matches() ? WEBAPP + "/" + login.group(1) : WEBAPP;
    }
    if (under(path, "/engine-rest")) {
      return ENGINE_REST;
    }
    if (under(path, "/api")) {
      return API;
    }
    return OTHER;
  }

  private static boolean under(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
