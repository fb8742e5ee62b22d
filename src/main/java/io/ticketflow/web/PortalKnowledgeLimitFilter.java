package io.ticketflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.ratelimit.SharedBuckets;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Limits the portal's anonymous knowledge-base calls (search, read, "this helped") per client
 * address ({@code ticketflow.portal.knowledge-requests-per-client} within {@code
 * knowledge-window}), so that nobody scrapes the articles or inflates their counters wholesale.
 */
@Component
public class PortalKnowledgeLimitFilter extends ClientRateLimitFilter {

  static final String KNOWLEDGE_PATH = "/api/portal/knowledge";

  public PortalKnowledgeLimitFilter(
      PortalProperties properties, ObjectMapper json, SharedBuckets buckets) {
    super(
        buckets.limit(
            "portal-knowledge",
            properties.knowledgeRequestsPerClient(),
            properties.knowledgeWindow()),
        json,
        "portal knowledge request");
  }

  @Override
  boolean limits(HttpServletRequest request) {
    String path = path(request);
    return path.equals(KNOWLEDGE_PATH) || path.startsWith(KNOWLEDGE_PATH + "/");
  }
}
