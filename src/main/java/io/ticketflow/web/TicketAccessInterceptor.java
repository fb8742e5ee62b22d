package io.ticketflow.web;

import io.ticketflow.ticket.TicketService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one visibility check of the staff API's ticket resources: before any handler mapped under
 * {@code /api/tickets/{number}} runs, the caller must see the ticket, or the call is answered 404
 * exactly like one for a ticket that does not exist (a malformed number is not a ticket either). It
 * applies by the handler's path pattern, so a new sub-resource is covered without opting in; {@code
 * TicketAccessCoverageIT} fails for any ticket handler mapped so that it is not.
 */
@Component
public class TicketAccessInterceptor implements HandlerInterceptor {

  /** The pattern every ticket resource of the staff API is mapped under. */
  public static final String TICKET_RESOURCE = "/api/tickets/{number}";

  /** The path variable naming the ticket. */
  public static final String NUMBER = "number";

  private final TicketService tickets;

  public TicketAccessInterceptor(TicketService tickets) {
    this.tickets = tickets;
  }

  /** Whether a handler mapped to this path pattern is a ticket resource, checked here. */
  public static boolean guards(String pattern) {
    return pattern.equals(TICKET_RESOURCE) || pattern.startsWith(TICKET_RESOURCE + "/");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod)) {
      return true;
    }
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    if (pattern == null || !guards(pattern.toString())) {
      return true;
    }
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated()) {
      // the security chain lets no anonymous call through to the staff API
      return true;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String number = variables == null ? null : variables.get(NUMBER);
    // throws TicketNotFoundException, answered 404 by ApiExceptionHandler
    tickets.getFor(number == null ? "" : number, Callers.of(caller, request));
    return true;
  }
}
