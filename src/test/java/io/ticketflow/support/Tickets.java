package io.ticketflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies and engine REST calls that the integration tests share. */
public final class Tickets {

  private Tickets() {}

  /** A valid create body; tests change single fields of it. */
  public static Map<String, Object> request(
      String title, String category, String subcategory, String urgency) {
    Map<String, Object> requester = new LinkedHashMap<>();
    requester.put("name", "Zhang San");
    requester.put("email", "zhang.san@example.com");
    requester.put("phone", "+86 138 0013 5678");
    requester.put("department", "Finance");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put(
        "description",
        "It happened at 09:12 after the update. Steps: open OA, click Reports. Error: E-500.");
    body.put("category", category);
    body.put("subcategory", subcategory);
    body.put("urgency", urgency);
    body.put("impact", "INDIVIDUAL");
    body.put("requester", requester);
    return body;
  }

  /** A basic how-to question: routed to tier 1, priority P4, business-hours SLA. */
  public static Map<String, Object> howToQuestion() {
    return request("How do I export the monthly report?", "OPERATION_GUIDANCE", "HOW_TO", "NORMAL");
  }

  /** Form variables for {@code submit-form}, as Tasklist sends them. */
  public static Map<String, Object> form(Object... nameValuePairs) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.put((String) nameValuePairs[i], Map.of("value", nameValuePairs[i + 1]));
    }
    return Map.of("variables", variables);
  }

  /** The open work task of a ticket as the agent sees it through the engine REST API, or null. */
  public static JsonNode workTask(Api agent, String number) {
    JsonNode tasks =
        agent.get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + number).json();
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  /**
   * Opens a ticket as a client that is told the desk is busy would: {@code 503} with {@code
   * Retry-After} is answered by sending the same request again, with the same {@code
   * Idempotency-Key}.
   */
  public static Api.Reply openPolitely(Api staff, Map<String, Object> request) {
    return openWhileBusy(
        staff.with("Idempotency-Key", java.util.UUID.randomUUID().toString()), request);
  }

  /** As {@link #openPolitely}, for a client that already sends its own Idempotency-Key. */
  public static Api.Reply openWhileBusy(Api client, Map<String, Object> request) {
    Api.Reply reply = client.post("/api/tickets", request);
    for (int i = 0; i < 100 && reply.status() == 503; i++) {
      if (reply.header("Retry-After") == null) {
        throw new AssertionError("503 without Retry-After: " + reply.text());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      reply = client.post("/api/tickets", request);
    }
    return reply;
  }
}
