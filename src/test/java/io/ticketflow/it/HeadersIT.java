package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.ticketflow.support.WebappSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties.CacheProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers and cookies of every entry point: the webapps, the engine REST API, the
 * staff API, the portal's API and pages, health and the report page. Behind the TLS proxy (a
 * request forwarded with {@code X-Forwarded-Proto: https}) answers carry HSTS and cookies are
 * Secure; over plain HTTP neither is sent, so the demo on http://localhost keeps working.
 */
@IntegrationTest
class HeadersIT {

  private static final long ONE_YEAR = 31_536_000;
  private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
  private static final Pattern BUST = Pattern.compile("\\?bust=([^\"&]+)\"");

  @LocalServerPort int port;
  @Autowired CamundaBpmProperties camunda;
  Api https;

  @BeforeEach
  void clients() {
    https = Api.at(port).with("X-Forwarded-Proto", "https");
  }

  @Test
  void everyEntryPointSendsTheSecurityHeaders() {
    Api mary = https.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    Api megan = https.as(TestUsers.MANAGER, TestUsers.MANAGER);
    String number =
        mary.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    Map<String, Api.Reply> entryPoints =
        Map.ofEntries(
            Map.entry("webapp page", https.get("/camunda/app/tasklist/default/")),
            Map.entry("webapp API", https.get("/camunda/api/engine/engine/")),
            Map.entry("engine REST", mary.get("/engine-rest/task?maxResults=5")),
            Map.entry("engine REST, anonymous", https.get("/engine-rest/task")),
            Map.entry("staff API", mary.get("/api/tickets/" + number)),
            Map.entry("staff API, anonymous", https.get("/api/tickets")),
            Map.entry("portal API", https.get("/api/portal/tickets/" + number)),
            Map.entry("portal page", https.get("/portal/")),
            Map.entry("health", https.get("/actuator/health")),
            Map.entry("API docs", mary.get("/v3/api-docs")),
            Map.entry("report page", megan.get("/api/reports/monthly/" + YearMonth.now())));
    entryPoints.forEach(
        (name, reply) -> {
          assertThat(reply.status()).as(name).isLessThan(500);
          assertThat(reply.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
          assertThat(reply.header("X-Frame-Options")).as(name).isEqualTo("DENY");
          assertThat(reply.header("Referrer-Policy")).as(name).isIn("same-origin", "no-referrer");
          assertThat(reply.header("Content-Security-Policy"))
              .as(name)
              .contains("frame-ancestors 'none'")
              .containsAnyOf("object-src 'none'", "default-src 'none'");
          String hsts = reply.header("Strict-Transport-Security");
          assertThat(hsts).as(name).isNotNull().contains("includeSubDomains");
          assertThat(maxAge(hsts)).as(name).isGreaterThanOrEqualTo(ONE_YEAR);
        });
  }

  @Test
  void tomcatsOwnErrorAnswersAreProblemDetailsWithTheSecurityHeaders() {
    for (String target : List.of("/api/%", "/api/tickets/..%2f..", "/engine-rest/%zz")) {
      String answer = Api.raw(port, target);
      String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
      assertThat(head).as(target).startsWith("http/1.1 400");
      assertThat(head)
          .as(target)
          .contains(
              "content-type: application/problem+json",
              "x-content-type-options: nosniff",
              "x-frame-options: deny",
              "content-security-policy: default-src 'none'",
              "cache-control: no-store");
      assertThat(answer).as(target).contains("\"status\":400").doesNotContain("<html", "Tomcat");
    }
  }

  @Test
  void errorPagesCarryTheSecurityHeadersToo() {
    for (Api.Reply reply :
        List.of(
            https.get("/error"),
            https.get("/api/no-such-thing"),
            https.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT).get("/api/no-such-thing"))) {
      assertThat(reply.status()).as(reply.text()).isBetween(400, 499);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
      assertThat(reply.header("Strict-Transport-Security")).contains("includeSubDomains");
    }
  }

  @Test
  void answersThatMayHoldPersonalDataAreNeverStored() {
    Api mary = https.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    String number =
        mary.post("/api/tickets", Tickets.howToQuestion()).json().get("number").asText();
    Map<String, Api.Reply> answers =
        Map.of(
            "engine REST list", mary.get("/engine-rest/task?maxResults=5"),
            "engine REST variables",
                mary.get(
                    "/engine-rest/task/"
                        + Tickets.workTask(mary, number).get("id").asText()
                        + "/variables"),
            "engine REST error", mary.get("/engine-rest/task/no-such-task"),
            "staff API", mary.get("/api/tickets/" + number),
            "staff API error", mary.get("/api/tickets/TS20000101-9999"),
            "portal API error", https.get("/api/portal/tickets/" + number));
    answers.forEach(
        (name, reply) -> {
          assertThat(reply.headers().get("Cache-Control")).as(name).hasSize(1);
          assertThat(reply.header("Cache-Control")).as(name).contains("no-store");
        });
  }

  @Test
  void apiAnswersMayLoadNothingAndTheReportPageRunsNoScript() {
    Api.Reply api = https.as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT).get("/api/tickets");
    assertThat(api.header("Content-Security-Policy")).startsWith("default-src 'none'");

    Api.Reply report =
        https
            .as(TestUsers.MANAGER, TestUsers.MANAGER)
            .get("/api/reports/monthly/" + YearMonth.now());
    assertThat(report.contentType()).startsWith("text/html");
    String policy = report.header("Content-Security-Policy");
    assertThat(policy).contains("default-src 'none'", "style-src 'self'").doesNotContain("script");
    assertThat(report.headers().get("Content-Security-Policy")).hasSize(1);

    Api.Reply portal = https.get("/portal/");
    assertThat(portal.header("Content-Security-Policy"))
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
  }

  @Test
  void webappPagesRunOnlyTheirOwnScriptsWithTheNonceOfThePage() {
    Api.Reply page = https.get("/camunda/app/tasklist/default/");
    String policy = page.header("Content-Security-Policy");
    assertThat(policy)
        .contains("script-src 'nonce-", "'strict-dynamic'", "frame-ancestors 'none'")
        .doesNotContain("https:", "'unsafe-inline' 'self';script");
    assertThat(page.headers().get("Content-Security-Policy")).hasSize(1);
    assertThat(page.headers().get("X-Content-Type-Options")).hasSize(1);
  }

  @Test
  void plainHttpAnswersCarryNoHstsAndNoSecureCookies() {
    Api plain = Api.at(port);
    assertThat(plain.get("/actuator/health").header("Strict-Transport-Security")).isNull();
    assertThat(plain.get("/portal/").header("Strict-Transport-Security")).isNull();
    Api.Reply page = plain.get("/camunda/app/tasklist/default/");
    assertThat(page.header("Strict-Transport-Security")).isNull();
    assertThat(cookie(page, "XSRF-TOKEN")).doesNotContainIgnoringCase("secure");
    assertThat(cookie(page, "JSESSIONID")).doesNotContainIgnoringCase("secure");
  }

  @Test
  void webappPagesDoNotTellAnonymousCallersTheEngineVersion() {
    String version = ProductPropertiesUtil.getProductVersion();
    assertThat(version).matches("7\\.\\d+\\.\\d+.*");
    Api anonymous = Api.at(port);
    List<String> tags = new java.util.ArrayList<>();
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      for (String page :
          List.of("/camunda/app/" + app + "/", "/camunda/app/" + app + "/default/")) {
        Api.Reply reply = anonymous.get(page);
        if (reply.status() / 100 == 3) {
          reply = anonymous.get(java.net.URI.create(reply.header("Location")).getRawPath());
        }
        assertThat(reply.status()).as(page).isEqualTo(200);
        assertThat(reply.contentType()).as(page).startsWith("text/html");
        assertThat(reply.text()).as(page).contains("<script").doesNotContain(version);
        Matcher bust = BUST.matcher(reply.text());
        assertThat(bust.find()).as(page).isTrue();
        tags.add(bust.group(1));
      }
    }
    // the scripts' addresses still change with the version: one tag for all pages, not the version
    assertThat(tags).containsOnly(tags.get(0));
    assertThat(anonymous.get("/camunda/app/tasklist/default/").text()).doesNotContain(version);
  }

  @Test
  void webappCookiesAreSecureSameSiteStrictAndTheSessionCookieHttpOnly() {
    Api.Reply page = https.get("/camunda/app/tasklist/default/");
    String session = cookie(page, "JSESSIONID");
    assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure");
    assertThat(session).containsIgnoringCase("SameSite=Strict");
    assertThat(session.toLowerCase(Locale.ROOT).split("samesite", -1)).hasSize(2);
    // the webapps' scripts read the CSRF cookie to echo it in X-XSRF-TOKEN: not HttpOnly
    String xsrf = cookie(page, "XSRF-TOKEN");
    assertThat(xsrf).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Strict");
    assertThat(xsrf).doesNotContainIgnoringCase("HttpOnly");
  }

  @Test
  void webappSignInsAreCheckedAgainEveryMinute() {
    CacheProperties cache = camunda.getWebapp().getAuth().getCache();
    assertThat(cache.isTtlEnabled()).isTrue();
    assertThat(cache.getTimeToLive()).isEqualTo(Duration.ofMinutes(1).toMillis());
  }

  @Test
  void webappQueriesArePagedToTheLimitAndCannotAskForMore() {
    WebappSession tasklist =
        WebappSession.signIn(port, "tasklist", TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    HttpResponse<String> page =
        tasklist.post(
            "/api/engine/engine/default/task?firstResult=0&maxResults=15", "{\"sorting\":[]}");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    // the webapps' own unpaged queries (Cockpit's versions of a key, say) get the limit as page
    // size
    HttpResponse<String> unpaged = tasklist.post("/api/engine/engine/default/task", "{}");
    assertThat(unpaged.statusCode()).as(unpaged.body()).isEqualTo(200);
    HttpResponse<String> versions =
        tasklist.get(
            "/api/engine/engine/default/process-definition?key=ticket-handling&sortBy=version"
                + "&sortOrder=desc");
    assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
    assertThat(versions.body()).contains("\"key\":\"ticket-handling\"");
    // engine REST callers still must page
    Api.Reply unbounded =
        Api.at(port)
            .as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT)
            .get("/engine-rest/process-definition?key=ticket-handling");
    assertThat(unbounded.status()).isEqualTo(400);
    assertThat(unbounded.text()).contains("unbound number of results");
    HttpResponse<String> tooMany =
        tasklist.post("/api/engine/engine/default/task?firstResult=0&maxResults=2001", "{}");
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("Max results limit of 2000 exceeded");
  }

  @Test
  void oversizedBodiesAreRefusedOnEveryApi() {
    String big = "{\"title\":\"" + "x".repeat(1024 * 1024) + "\"}";
    Api mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    for (Api.Reply reply :
        List.of(
            mary.post("/api/tickets", big),
            Api.at(port).post("/api/portal/tickets", big),
            mary.post("/engine-rest/task", big))) {
      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().get("status").asInt()).isEqualTo(413);
    }
    WebappSession tasklist =
        WebappSession.signIn(port, "tasklist", TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    HttpResponse<String> webapp = tasklist.post("/api/engine/engine/default/task", big);
    assertThat(webapp.statusCode()).isEqualTo(413);
    assertThat(webapp.body()).contains("\"status\":413");
  }

  @Test
  void hostileInputInAddressesComesBackAsJsonNeverAsAPage() {
    String script = "%3Cscript%3Ewindow.__xss=1%3C/script%3E";
    Api mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);
    Api megan = Api.at(port).as(TestUsers.MANAGER, TestUsers.MANAGER);
    for (Api.Reply reply :
        List.of(
            mary.get("/api/tickets/" + script),
            mary.get("/api/tickets?status=" + script),
            megan.get("/api/reports/monthly/" + script),
            Api.at(port).get("/api/portal/tickets/" + script),
            mary.get("/no-such-page/" + script))) {
      assertThat(reply.status()).as(reply.text()).isBetween(400, 499);
      assertThat(reply.contentType()).as(reply.text()).doesNotContain("html");
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  private static long maxAge(String hsts) {
    Matcher matcher = MAX_AGE.matcher(hsts);
    assertThat(matcher.find()).as(hsts).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private static String cookie(Api.Reply reply, String name) {
    return reply.headers().entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase("Set-Cookie"))
        .flatMap(h -> h.getValue().stream())
        .filter(value -> value.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + reply.headers()));
  }
}
