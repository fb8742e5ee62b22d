package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.RawHttp;
import io.ticketflow.support.RawHttp.Answer;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.ticketflow.support.WebappSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A corpus of malformed requests (bad UTF-8, NUL and control bytes in the path, the parameters, the
 * headers and the body, wrong JSON types, wrong content types, odd and encoded paths) sent to every
 * path mapped under {@code /api}, and to a representative set of {@code /engine-rest} and {@code
 * /camunda/api}: never a 5xx, the application's errors as problem details, no Java class name in
 * any answer, the security headers on every error.
 */
@IntegrationTest
class MalformedRequestsIT {

  /** An address of its own (through the trusted loopback proxy): the portal's limits stay apart. */
  private static final String FUZZER = "198.18.0.77";

  private static final Pattern JAVA_CLASS =
      Pattern.compile("\\b(java|javax|jakarta|org|com|io|sun)\\.[a-z0-9_]+\\.[A-Za-z]");
  private static final Pattern JAVA_TYPE =
      Pattern.compile("\\b[A-Z][A-Za-z0-9]*(Exception|Dto|Error)\\b|\\bat [a-z]+\\.[a-z]+\\.");

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

  /** Segments that take the place of a path variable. */
  private static final List<String> BAD_SEGMENTS =
      List.of("%00x", "%C0%AF", "%FF%FE", "%0D%0AX-Injected:%201", "..%2F..", "%25%32%35");

  /** Fewer for the engine's APIs, whose every call checks a password and authorizations. */
  private static final List<String> FEWER_BAD_SEGMENTS =
      List.of("%C0%AF", "%0D%0AX-Injected:%201", "%25%32%35");

  private static final String BAD_QUERY =
      "page=%00&size=%FF&q=%C0%AF&status=%0A&from=x&to=%&limit=-1&category=%E4%B8";

  /** Header values with control bytes and bytes that are not UTF-8 (sent as ISO-8859-1). */
  private static final Map<String, String> BAD_HEADERS =
      Map.of(
          "Accept-Language", "\u00ff\u0001zz",
          "X-Access-Token", "\u0001\u007f\u00c0\u00af",
          "Idempotency-Key", "\u00c0\u00af\u0007",
          "Accept", "application/x-nothing");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private String number;
  private String accessToken;
  private String staffAuthorization;

  record Endpoint(String method, String pattern) {}

  record Case(String method, String target, Map<String, String> headers, byte[] body) {
    @Override
    public String toString() {
      return method
          + " "
          + target
          + (body == null ? "" : " [" + headers.get("Content-Type") + "] " + preview(body));
    }
  }

  @BeforeEach
  void ticket() {
    Api admin = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    Api.Reply created = Api.at(port).post("/api/portal/tickets", Tickets.howToQuestion());
    number = created.json().get("number").asText();
    accessToken = created.json().get("accessToken").asText();
    assertThat(admin.get("/api/tickets/" + number).status()).isEqualTo(200);
    staffAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyApiPathAnswersMalformedRequestsWithProblemDetails() {
    List<Endpoint> endpoints = apiEndpoints();
    assertThat(endpoints).hasSizeGreaterThan(30);
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (Endpoint endpoint : endpoints) {
      for (Case request : corpus(endpoint, credentials(endpoint.pattern()), BAD_SEGMENTS)) {
        sent++;
        check(request, send(request), true, failures);
      }
    }
    assertThat(failures).as("of %d requests to %d endpoints", sent, endpoints.size()).isEmpty();
  }

  @Test
  void engineRestAnswersMalformedRequestsWith4xxNamingNoJavaClass() {
    String task = "/engine-rest/task/{id}";
    List<Endpoint> endpoints =
        List.of(
            new Endpoint("GET", "/engine-rest/task"),
            new Endpoint("POST", "/engine-rest/task"),
            new Endpoint("GET", task),
            new Endpoint("GET", task + "/variables"),
            new Endpoint("PUT", task + "/variables/{id}"),
            new Endpoint("POST", task + "/complete"),
            new Endpoint("POST", task + "/claim"),
            new Endpoint("GET", "/engine-rest/process-instance"),
            new Endpoint("POST", "/engine-rest/process-instance"),
            new Endpoint("GET", "/engine-rest/process-instance/{id}/variables"),
            new Endpoint("GET", "/engine-rest/process-definition/key/{id}"),
            new Endpoint("POST", "/engine-rest/process-definition/key/{id}/start"),
            new Endpoint("GET", "/engine-rest/history/process-instance"),
            new Endpoint("POST", "/engine-rest/history/task"),
            new Endpoint("POST", "/engine-rest/message"),
            new Endpoint("GET", "/engine-rest/job"),
            new Endpoint("POST", "/engine-rest/filter/{id}/list"),
            new Endpoint("POST", "/engine-rest/external-task/fetchAndLock"),
            new Endpoint("GET", "/engine-rest/user/{id}/profile"));
    Map<String, String> mary =
        Map.of(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (TestUsers.TIER1_AGENT + ":" + TestUsers.TIER1_AGENT)
                            .getBytes(StandardCharsets.UTF_8)));
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (Case request : corpus(endpoint, mary, FEWER_BAD_SEGMENTS)) {
        check(request, send(request), false, failures);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void webappsApiAnswersMalformedRequestsWith4xxNamingNoJavaClass() {
    WebappSession tasklist =
        WebappSession.signIn(port, "tasklist", TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    String engine = "/camunda/api/engine/engine/default";
    List<Endpoint> endpoints =
        List.of(
            new Endpoint("GET", engine + "/task"),
            new Endpoint("POST", engine + "/task"),
            new Endpoint("GET", engine + "/task/{id}/form-variables"),
            new Endpoint("POST", engine + "/task/{id}/submit-form"),
            new Endpoint("POST", engine + "/filter/{id}/list"),
            new Endpoint("GET", engine + "/process-definition/{id}/xml"),
            new Endpoint("GET", "/camunda/api/admin/auth/user/default"),
            new Endpoint("POST", "/camunda/api/admin/auth/user/default/login/{id}"),
            new Endpoint("GET", "/camunda/api/tasklist/plugin/{id}/static/app/plugin.js"));
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (Case request : corpus(endpoint, tasklist.headers(), FEWER_BAD_SEGMENTS)) {
        check(request, send(request), false, failures);
      }
    }
    assertThat(failures).isEmpty();
  }

  private List<Endpoint> apiEndpoints() {
    Set<String> seen = new TreeSet<>();
    List<Endpoint> endpoints = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                  continue;
                }
                for (RequestMethod method :
                    methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                  if (seen.add(method + " " + pattern)) {
                    endpoints.add(new Endpoint(method.name(), pattern));
                  }
                }
              }
            });
    return endpoints;
  }

  private Map<String, String> credentials(String pattern) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Forwarded-For", FUZZER);
    if (pattern.startsWith("/api/portal/")) {
      headers.put("X-Access-Token", accessToken);
    } else {
      headers.put("Authorization", staffAuthorization);
    }
    return headers;
  }

  /** The malformed requests for one endpoint: odd paths, parameters and headers, bad bodies. */
  private List<Case> corpus(
      Endpoint endpoint, Map<String, String> credentials, List<String> segments) {
    List<Case> cases = new ArrayList<>();
    String method = endpoint.method();
    String path = fill(endpoint.pattern());
    Map<String, String> base = new LinkedHashMap<>(credentials);
    base.putIfAbsent("X-Forwarded-For", FUZZER);
    // a deleting call is sent only with paths that name nothing
    boolean deletes = "DELETE".equals(method);
    if (endpoint.pattern().contains("{")) {
      for (String segment : segments) {
        cases.add(new Case(method, fillWith(endpoint.pattern(), segment), base, null));
      }
    } else {
      cases.add(new Case(method, path + "/%00", base, null));
      cases.add(new Case(method, path + ";x=%C0%AF", base, null));
    }
    if (deletes) {
      return cases;
    }
    cases.add(new Case(method, path + "?" + BAD_QUERY, base, null));
    Map<String, String> badHeaders = new LinkedHashMap<>(base);
    BAD_HEADERS.forEach(
        (name, value) -> {
          if (!credentials.containsKey(name)) {
            badHeaders.put(name, value);
          }
        });
    cases.add(new Case(method, path, badHeaders, null));
    if (!BODY_METHODS.contains(method)) {
      return cases;
    }
    String wrongTypes =
        "{\"title\":1,\"description\":[],\"category\":{},\"urgency\":true,\"visibility\":7,"
            + "\"body\":{},\"resolved\":\"maybe\",\"rating\":[],\"score\":\"x\",\"email\":5,"
            + "\"language\":0,\"into\":[],\"ticketNumber\":{},\"type\":5,\"workaround\":[],"
            + "\"expectedResolutionAt\":\"yesterday\",\"requester\":\"me\",\"team\":[],"
            + "\"variables\":\"x\",\"maxResults\":\"many\",\"name\":{}}";
    for (String json : List.of(wrongTypes, "[1,2]", "\"text\"", "null", "{\"title\":")) {
      cases.add(
          body(method, path, base, "application/json", json.getBytes(StandardCharsets.UTF_8)));
    }
    cases.add(
        body(
            method,
            path,
            base,
            "application/json",
            new byte[] {
              '{',
              '"',
              't',
              'i',
              't',
              'l',
              'e',
              '"',
              ':',
              '"',
              0,
              (byte) 0xC0,
              (byte) 0xAF,
              (byte) 0xFF,
              0x01,
              '"',
              '}'
            }));
    cases.add(body(method, path, base, "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
    cases.add(body(method, path, base, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
    cases.add(
        body(
            method, path, base, "multipart/form-data", "--x\r\n".getBytes(StandardCharsets.UTF_8)));
    cases.add(
        body(
            method,
            path,
            base,
            "application/x-www-form-urlencoded",
            "a%00b=1&%FF=%C0%AF&title=%".getBytes(StandardCharsets.US_ASCII)));
    cases.add(
        body(
            method,
            path,
            base,
            "application/json; charset=x-no-such-charset",
            "{}".getBytes(StandardCharsets.UTF_8)));
    return cases;
  }

  private static Case body(
      String method, String path, Map<String, String> base, String type, byte[] bytes) {
    Map<String, String> headers = new LinkedHashMap<>(base);
    headers.put("Content-Type", type);
    return new Case(method, path, headers, bytes);
  }

  private Answer send(Case request) {
    return RawHttp.exchange(
        port, request.method(), request.target(), request.headers(), request.body());
  }

  /**
   * @param problemDetails whether the application's own errors must be problem+json; the engine's
   *     REST API answers in its own JSON shape
   */
  private static void check(
      Case request, Answer answer, boolean problemDetails, List<String> failures) {
    String what = request + " → " + answer.status() + " " + preview(answer.body());
    if (answer.status() >= 500) {
      failures.add("5xx: " + what);
      return;
    }
    String shown = withoutErrorType(answer);
    if (JAVA_CLASS.matcher(shown).find() || JAVA_TYPE.matcher(shown).find()) {
      failures.add("Java names: " + what);
    }
    if (answer.status() < 400) {
      return;
    }
    String type = String.valueOf(answer.header("Content-Type"));
    if (problemDetails
        ? !type.startsWith("application/problem+json")
        : !(type.startsWith("application/problem+json") || type.startsWith("application/json"))) {
      failures.add("content type " + type + ": " + what);
    }
    if (!"nosniff".equals(answer.header("X-Content-Type-Options"))
        || !("DENY".equals(answer.header("X-Frame-Options"))
            || String.valueOf(answer.header("Content-Security-Policy"))
                .contains("frame-ancestors"))) {
      failures.add("security headers " + answer.headers() + ": " + what);
    }
  }

  /**
   * The body without the {@code type} of Camunda's JSON error: its documented error vocabulary
   * ("InvalidRequestException", "AuthorizationException") that the webapps and clients read.
   */
  private static String withoutErrorType(Answer answer) {
    if (!String.valueOf(answer.header("Content-Type")).startsWith("application/json")) {
      return answer.body();
    }
    try {
      com.fasterxml.jackson.databind.JsonNode error = JSON.readTree(answer.body());
      if (error instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
        object.remove("type");
      }
      return String.valueOf(error);
    } catch (java.io.IOException notJson) {
      return answer.body();
    }
  }

  private String fill(String pattern) {
    return pattern.replace("{number}", number).replaceAll("\\{[^}]+}", "1");
  }

  private String fillWith(String pattern, String segment) {
    // the first variable gets the bad segment, the ticket's number stays a real one elsewhere
    String first =
        pattern.replaceFirst("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(segment));
    return fill(first);
  }

  private static String preview(byte[] body) {
    return preview(new String(body, StandardCharsets.ISO_8859_1));
  }

  private static String preview(String text) {
    String flat = text.replaceAll("[\\p{Cntrl}]", "·");
    return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
  }
}
