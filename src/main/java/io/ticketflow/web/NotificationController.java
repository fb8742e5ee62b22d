package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.incident.IncidentService;
import io.ticketflow.notification.NotificationService;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketMask;
import io.ticketflow.ticket.TicketProperties;
import io.ticketflow.ticket.TicketService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for the notifications of a ticket or a major incident: the in-app channel, with
 * delivery states.
 */
@RestController
@Validated
@RequestMapping("/api/notifications")
@SecurityRequirement(name = "basic")
public class NotificationController {

  private final TicketService tickets;
  private final IncidentService incidents;
  private final NotificationService notifications;
  private final ZoneId zone;

  public NotificationController(
      TicketService tickets,
      IncidentService incidents,
      NotificationService notifications,
      TicketProperties properties) {
    this.tickets = tickets;
    this.incidents = incidents;
    this.notifications = notifications;
    this.zone = properties.zone();
  }

  @Operation(
      summary =
          "The notifications of one ticket or major incident, oldest first, with their delivery"
              + " state")
  @GetMapping
  public List<NotificationResponse> list(
      @RequestParam(name = "ticket", required = false)
          @Pattern(regexp = TicketController.NUMBER_PATTERN)
          String ticket,
      @RequestParam(name = "incident", required = false)
          @Pattern(regexp = IncidentController.NUMBER_PATTERN)
          String incident,
      Authentication authentication,
      HttpServletRequest request) {
    if ((ticket == null) == (incident == null)) {
      throw new InvalidTicketRequestException("ticket", "give either ticket or incident");
    }
    // an unknown ticket or incident, or a ticket the caller does not see, is a 404
    if (ticket != null) {
      Ticket found = tickets.getFor(ticket, Callers.of(authentication, request));
      TicketMask mask = TicketMask.forStaff(found);
      return notifications.forTicket(found.getNumber()).stream()
          .map(n -> NotificationResponse.of(n, zone, mask))
          .toList();
    }
    return notifications.forTicket(incidents.get(incident).getNumber()).stream()
        .map(n -> NotificationResponse.of(n, zone, TicketMask.none()))
        .toList();
  }
}
