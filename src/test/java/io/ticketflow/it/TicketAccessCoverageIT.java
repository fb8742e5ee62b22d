package io.ticketflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.Api;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.Tickets;
import io.ticketflow.web.TicketAccessInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every handler of a ticket's sub-resources in the staff API goes through the one visibility check
 * ({@link TicketAccessInterceptor}): the test reads Spring MVC's request mappings, so a new
 * endpoint under {@code /api/tickets/{…}/} that is not covered fails here, and then calls each one
 * as an agent of another group, who must get exactly what a missing ticket gets.
 */
@IntegrationTest
class TicketAccessCoverageIT {

  private static final String MISSING = "TS20000101-9999";

  /** Ticket resources that the security chain reserves to roles the foreign agent lacks. */
  private static final Set<String> RESERVED = Set.of("/api/tickets/{number}/personal-data");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Endpoint(RequestMethod method, String pattern, HandlerMethod handler, boolean multipart) {

    String path(String number) {
      return pattern
          .replace("{" + TicketAccessInterceptor.NUMBER + "}", number)
          .replaceAll("\\{[^}]+}", "1");
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  @Test
  void everyTicketResourceIsMappedUnderTheCheckedPattern() {
    List<Endpoint> endpoints = ticketEndpoints();
    assertThat(endpoints)
        .extracting(Endpoint::toString)
        .contains(
            "GET /api/tickets/{number}",
            "POST /api/tickets/{number}/access-tokens/revoke",
            "POST /api/tickets/{number}/comments",
            "GET /api/tickets/{number}/attachments/{id}");
    for (Endpoint endpoint : endpoints) {
      assertThat(TicketAccessInterceptor.guards(endpoint.pattern()))
          .as("%s names its ticket {number} and is checked", endpoint)
          .isTrue();
    }
  }

  @Test
  void theVisibilityCheckIsInFrontOfEveryTicketHandler() throws Exception {
    for (Endpoint endpoint : ticketEndpoints()) {
      MockHttpServletRequest request =
          new MockHttpServletRequest(endpoint.method().name(), endpoint.path(MISSING));
      if (endpoint.multipart()) {
        request.setContentType("multipart/form-data; boundary=x");
      } else {
        request.setContentType("application/json");
      }
      ServletRequestPathUtils.parseAndCache(request);
      HandlerExecutionChain chain = mappings.getHandler(request);
      assertThat(chain).as("%s is mapped", endpoint).isNotNull();
      assertThat(chain.getHandler().toString()).isEqualTo(endpoint.handler().toString());
      assertThat(chain.getInterceptorList())
          .as("%s passes the visibility check", endpoint)
          .anyMatch(TicketAccessInterceptor.class::isInstance);
    }
  }

  @Test
  void anAgentOfAnotherGroupGetsWhatAMissingTicketGetsFromEveryTicketResource() {
    Api admin = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    Map<String, Object> outage =
        Tickets.request(
            "Payroll database down " + System.nanoTime(), "SYSTEM_FAULT", "CRASH", "URGENT");
    outage.put("impact", "ENTERPRISE");
    Api.Reply created = admin.post("/api/tickets", outage);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String operations = created.json().get("number").asText();
    Api mary = Api.at(port).as(TestUsers.TIER1_AGENT, TestUsers.TIER1_AGENT);

    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : ticketEndpoints()) {
      Api.Reply hidden = call(mary, endpoint, operations);
      Api.Reply missing = call(mary, endpoint, MISSING);
      int expected = RESERVED.contains(endpoint.pattern()) ? 403 : 404;
      if (hidden.status() != expected
          || missing.status() != expected
          || !hidden.contentType().startsWith("application/problem+json")
          || !hidden.json().get("title").equals(missing.json().get("title"))
          || !hidden
              .json()
              .get("detail")
              .asText()
              .replace(operations, MISSING)
              .equals(missing.json().get("detail").asText())) {
        failures.add(endpoint + " → " + hidden.status() + " " + hidden.text());
      }
    }
    assertThat(failures).isEmpty();
    // the first finding: the tokens of the operations ticket were not revoked by tier 1
    Api.Reply revoke = admin.post("/api/tickets/" + operations + "/access-tokens/revoke", Map.of());
    // (the submission's token, and one minted for each mail the relay has sent meanwhile)
    assertThat(revoke.json().get("revoked").asInt()).isPositive();
  }

  private static Api.Reply call(Api client, Endpoint endpoint, String number) {
    String path = endpoint.path(number);
    return switch (endpoint.method()) {
      case GET -> client.get(path);
      case POST ->
          endpoint.multipart()
              ? client.upload(path, "probe.txt", new byte[] {'x'})
              : client.post(path, Map.of());
      case PUT -> client.put(path, Map.of());
      case DELETE -> client.delete(path);
      default -> throw new IllegalArgumentException(endpoint.toString());
    };
  }

  /** Every handler mapped under {@code /api/tickets/{…}}, once per HTTP method. */
  private List<Endpoint> ticketEndpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      boolean multipart =
          info.getConsumesCondition().getConsumableMediaTypes().stream()
              .anyMatch(type -> type.getSubtype().equals("form-data"));
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/tickets/{")) {
          continue;
        }
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.add(new Endpoint(method, pattern, mapping.getValue(), multipart));
        }
      }
    }
    return endpoints;
  }
}
