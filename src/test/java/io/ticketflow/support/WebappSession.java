package io.ticketflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A signed-in session of the Camunda webapps, as their pages hold it: the session cookie, and the
 * XSRF token that every changing call echoes in {@code X-XSRF-TOKEN}.
 */
public final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String base;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port + "/camunda";
  }

  /** Opens the app's login page and signs in, as a person would on the login form. */
  public static WebappSession signIn(int port, String app, String user, String password) {
    WebappSession session = new WebappSession(port);
    // the login page hands out the XSRF cookie that the login and every later call must echo
    session.send(HttpRequest.newBuilder(session.uri("/app/" + app + "/default/")).GET());
    HttpResponse<String> login =
        session.send(
            HttpRequest.newBuilder(session.uri("/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.xsrf())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + password)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Login failed: " + login.statusCode() + " " + login.body());
    }
    // the new session issues a new XSRF token with its first answer, as the app's first call does
    session.get("/api/engine/engine/default/task/count");
    return session;
  }

  /** A GET below {@code /camunda}. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A GET of any page of the application with this session's cookies (the report page). */
  public HttpResponse<String> page(String path) {
    return send(HttpRequest.newBuilder(URI.create(base.replace("/camunda", "") + path)).GET());
  }

  /** A JSON POST below {@code /camunda}, with the session's XSRF token. */
  public HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("X-XSRF-TOKEN", xsrf())
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** The headers that make a raw request part of this session: its cookies and XSRF token. */
  public java.util.Map<String, String> headers() {
    String cookie =
        cookies.getCookieStore().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    return java.util.Map.of("Cookie", cookie, "X-XSRF-TOKEN", xsrf());
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
